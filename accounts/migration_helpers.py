"""Data migrations that give the role groups (made by accounts 0002) their permissions."""

from django.contrib.auth.management import create_permissions


def grant_permissions(app_label, grants):
    """A RunPython function giving each group in `grants` ({group name: [codenames]}) those
    permissions of `app_label`, made first: Django only makes permissions after migrating."""

    def grant(apps, schema_editor):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        for group_name, codenames in grants.items():
            group, _ = Group.objects.get_or_create(name=group_name)
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )

    return grant


def grant_collection_permissions(grants):
    """A RunPython function giving each group in `grants` ({group name: ["app_label.codename"]})
    those permissions on the root collection, and so on every collection inside it (Wagtail
    applies a collection's permissions to its descendants)."""

    def grant(apps, schema_editor):
        for app_label in {name.split(".")[0] for names in grants.values() for name in names}:
            app_config = apps.get_app_config(app_label)
            app_config.models_module = True
            create_permissions(app_config, verbosity=0, apps=apps)
            app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        Collection = apps.get_model("wagtailcore", "Collection")
        GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
        root = Collection.objects.filter(depth=1).order_by("path").first()
        if root is None:
            return
        for group_name, names in grants.items():
            group, _ = Group.objects.get_or_create(name=group_name)
            for name in names:
                app_label, codename = name.split(".")
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )

    return grant
