package redatt;

import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Test-only stand-in for the part of Elasticsearch's `analysis-common` module that Wagtail's
 * `elasticsearch8` backend (modelsearch's ElasticsearchBaseSearchBackend.settings) puts in every
 * index it creates: the tokenizer types `ngram` and `edge_ngram`, and the token filter types
 * `asciifolding`, `ngram` and `edge_ngram`. (`lowercase`, which Wagtail's analyzers also name,
 * is a pre-configured filter of Elasticsearch's core, and the site's own index needs nothing
 * beyond core: it indexes pre-analysed terms with the `whitespace` analyzer.)
 *
 * Elasticsearch's test distribution from Maven Central lacks `analysis-common`; a full
 * distribution has it and never loads this plugin. Names, parameters, defaults and the
 * `index.max_ngram_diff` check follow analysis-common's factories, so index settings that work
 * here work in production and vice versa; anything this stand-in does not implement (the
 * `token_chars` of the n-gram tokenizers) is rejected rather than silently ignored. Every
 * tokenizer and filter is Lucene's own, from lucene-analysis-common in the distribution's lib/.
 */
public class WagtailAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            // Grams of every length from min_gram to max_gram, from every position (defaults 1, 2).
            "ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
                int max = settings.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
                checkNgramDiff(indexSettings, min, max);
                rejectTokenChars(name, settings);
                return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(min, max));
            },
            // Grams anchored at the start of the input. analysis-common's defaults are the n-gram
            // tokenizer's (1, 2), and it ignores Wagtail's `side: front` as we do.
            "edge_ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
                int max = settings.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
                rejectTokenChars(name, settings);
                return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(min, max));
            });
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            // "Camión" -> "Camion"; also applied to keyword normalizers and wildcard/prefix terms.
            "asciifolding", (indexSettings, env, name, settings) -> {
                boolean preserve = settings.getAsBoolean("preserve_original", false);
                return new TokenFilterFactory() {
                    public String name() { return name; }
                    public TokenStream create(TokenStream in) { return new ASCIIFoldingFilter(in, preserve); }
                    public TokenStream normalize(TokenStream in) { return new ASCIIFoldingFilter(in, false); }
                };
            },
            // Every gram of each token (defaults 1, 2; preserve_original keeps the whole token too).
            "ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                boolean preserve = settings.getAsBoolean("preserve_original", false);
                checkNgramDiff(indexSettings, min, max);
                return filter(name, in -> new NGramTokenFilter(in, min, max, preserve));
            },
            // The leading grams of each token: what Wagtail's autocomplete indexes ("cat", "cata"...).
            "edge_ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                boolean preserve = settings.getAsBoolean("preserve_original", false);
                String side = settings.get("side", "front");
                switch (side) {
                    case "front":
                        return filter(name, in -> new EdgeNGramTokenFilter(in, min, max, preserve));
                    case "back": // trailing grams, as analysis-common does it: reverse, take, reverse
                        return filter(name, in -> new ReverseStringFilter(
                            new EdgeNGramTokenFilter(new ReverseStringFilter(in), min, max, preserve)));
                    default:
                        throw new IllegalArgumentException("invalid side: " + side);
                }
            });
    }

    /** A token filter that applies `f`; search-time normalization leaves the text alone. */
    private static TokenFilterFactory filter(String name, java.util.function.UnaryOperator<TokenStream> f) {
        return new TokenFilterFactory() {
            public String name() { return name; }
            public TokenStream create(TokenStream in) { return f.apply(in); }
        };
    }

    /** analysis-common refuses n-gram ranges wider than the index's `index.max_ngram_diff` (default 1). */
    private static void checkNgramDiff(IndexSettings indexSettings, int min, int max) {
        int allowed = indexSettings.getMaxNgramDiff();
        if (max - min > allowed) {
            throw new IllegalArgumentException("The difference between max_gram and min_gram in NGram Tokenizer must be"
                + " less than or equal to: [" + allowed + "] but was [" + (max - min) + "]. This limit can be set by"
                + " changing the [" + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting.");
        }
    }

    private static void rejectTokenChars(String name, Settings settings) {
        if (!settings.getAsList("token_chars").isEmpty() || settings.hasValue("custom_token_chars")) {
            throw new IllegalArgumentException("tokenizer [" + name + "]: token_chars is not implemented by Red ATT's"
                + " test stand-in for analysis-common (.ci/es-analysis); add it there if an index needs it");
        }
    }
}
