"""Uploads on an S3-compatible object store (django-storages), for several servers: every gunicorn
and task worker reads and writes the same files (README, "Más allá de un servidor").

The bucket stays private. No upload is ever linked to the store itself:
- documents are streamed by Wagtail's serve view after its collection checks
  (WAGTAILDOCS_SERVE_METHOD = "serve_view"), PDFs by the views of their pages;
- images (Wagtail's originals and renditions, public by nature) keep their `/media/…` addresses
  and are streamed from the store by `public_image` below, so pages cached by a proxy never hold
  a signed address that expires, and the Content-Security-Policy stays "self".
"""

import mimetypes

from storages.backends.s3 import S3Storage

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse, Http404
from django.utils.encoding import filepath_to_uri
from django.views.decorators.http import require_safe
from django.views.static import serve

# The only folders of the uploads served to anyone (site/urls.py): Wagtail's images.
PUBLIC_FOLDERS = ("original_images", "images")
IMAGE_MAX_AGE = 24 * 3600


class ObjectStorage(S3Storage):
    """S3Storage whose addresses are the site's own `/media/…`, never the bucket's."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return f"{settings.MEDIA_URL}{filepath_to_uri(name).lstrip('/')}"


@require_safe
def public_image(request, folder, path):
    """An image upload, from the disk or the object store, whichever holds the uploads."""
    if folder not in PUBLIC_FOLDERS:
        raise Http404
    if isinstance(default_storage, FileSystemStorage):
        return serve(request, path, document_root=f"{settings.MEDIA_ROOT}/{folder}")
    name = f"{folder}/{path}"
    if ".." in path.split("/") or not default_storage.exists(name):
        raise Http404
    content_type, _ = mimetypes.guess_type(name)
    response = FileResponse(
        default_storage.open(name, "rb"), content_type=content_type or "application/octet-stream"
    )
    response["Cache-Control"] = f"public, max-age={IMAGE_MAX_AGE}"
    return response
