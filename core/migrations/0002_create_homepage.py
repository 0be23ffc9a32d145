"""Replace Wagtail's default welcome page with the Red ATT home page and point the site at it."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    Page.objects.filter(depth=2, url_path="/home/", content_type__model="page").delete()
    homepage_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.first()
    homepage = HomePage.objects.create(
        title="Red ATT",
        draft_title="Red ATT",
        slug="inicio",
        content_type=homepage_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/inicio/",
        locale=locale,
        live=True,
        heading="Asistencia técnica territorial que se comparte",
        intro=(
            "<p>Guías, lecciones aprendidas, buenas prácticas, formación y comunidades de "
            "práctica para los municipios y departamentos de Colombia.</p>"
        ),
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": homepage, "site_name": "Red ATT"},
    )


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
