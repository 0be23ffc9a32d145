package redatt;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Test-only stand-in for the three token filters of Elasticsearch's `analysis-common` module that
 * Red ATT's index uses: `asciifolding`, `stemmer` (language spanish / light_spanish) and
 * `synonym_graph` (inline `synonyms` list, Solr format). Elasticsearch's test distribution from
 * Maven Central lacks that module; a full distribution has it and never loads this plugin, so the
 * index settings are the same in tests and production. Built from Lucene's own filters.
 */
public class SpanishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    private static TokenFilterFactory factory(String name, java.util.function.UnaryOperator<TokenStream> f,
            AnalysisMode mode) {
        return new TokenFilterFactory() {
            public String name() { return name; }
            public TokenStream create(TokenStream in) { return f.apply(in); }
            public TokenStream normalize(TokenStream in) {
                return name.equals("asciifolding") ? f.apply(in) : in;
            }
            public AnalysisMode getAnalysisMode() { return mode; }
        };
    }

    /** Synonym rules are analysed like the text they match: standard tokens, lowercase, folded. */
    private static SynonymMap parse(List<String> rules) throws IOException {
        Analyzer analyzer = new Analyzer() {
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(String.join("\n", rules)));
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid synonym rules: " + e.getMessage(), e);
        }
        return parser.build();
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", (indexSettings, env, name, settings) ->
                factory(name, ASCIIFoldingFilter::new, AnalysisMode.ALL),
            "stemmer", (indexSettings, env, name, settings) -> {
                String language = settings.get("language", settings.get("name", "spanish"));
                switch (language) {
                    case "light_spanish":
                        return factory(name, SpanishLightStemFilter::new, AnalysisMode.ALL);
                    case "spanish":
                        return factory(name, in -> new SnowballFilter(in, new SpanishStemmer()), AnalysisMode.ALL);
                    default:
                        throw new IllegalArgumentException("this test plugin only stems Spanish, not " + language);
                }
            },
            "synonym_graph", (indexSettings, env, name, settings) -> {
                SynonymMap map = parse(settings.getAsList("synonyms"));
                return factory(name, in -> map.fst == null ? in : new SynonymGraphFilter(in, map, true),
                    AnalysisMode.SEARCH_TIME);
            });
    }
}
