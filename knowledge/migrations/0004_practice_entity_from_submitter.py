"""Practices members shared before the entity followed the submitter: take it from their profile.

Only practices announced by a community thread (shared by a member) and still without an entity
are filled in; the page row and its latest revision both, so a publication still in review keeps
the entity when the editors approve it.
"""

from django.db import migrations


def practice_entity_from_submitter(apps, schema_editor):
    PracticePage = apps.get_model("knowledge", "PracticePage")
    Thread = apps.get_model("community", "Thread")
    Profile = apps.get_model("accounts", "Profile")
    Revision = apps.get_model("wagtailcore", "Revision")
    submitters = dict(
        Thread.objects.filter(practice__isnull=False, author__isnull=False)
        .order_by("-created")
        .values_list("practice_id", "author_id")
    )
    entities = dict(
        Profile.objects.filter(
            user_id__in=set(submitters.values()), entity__isnull=False
        ).values_list("user_id", "entity_id")
    )
    pages = PracticePage.objects.filter(pk__in=submitters, entity__isnull=True)
    for page in pages:
        entity_id = entities.get(submitters[page.pk])
        if entity_id is None:
            continue
        PracticePage.objects.filter(pk=page.pk).update(entity_id=entity_id)
        revision = Revision.objects.filter(pk=page.latest_revision_id).first()
        if revision is not None and not revision.content.get("entity"):
            revision.content["entity"] = entity_id
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0003_editors_read_usefulness"),
        ("community", "0004_more_notice_kinds"),
        ("accounts", "0005_verify_existing_emails"),
    ]

    operations = [
        migrations.RunPython(practice_entity_from_submitter, migrations.RunPython.noop),
    ]
