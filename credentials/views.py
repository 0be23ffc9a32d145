"""Public verification (no account), the issuer's key and profile, and the member's own
certificates ("Mis certificados", with the PDF and the Open Badges credential).

Verification shows what the certificate itself shows (holder as consented, what, entity, hours,
dates, state) and nothing more: no e-mail, no account. Looking codes up is rate-limited per client
address (django-ratelimit on the shared cache), so codes cannot be tried by the thousand.
"""

from allauth.account.adapter import get_adapter
from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from accounts.identity import shows_identity
from core import pdf as core_pdf
from core.operator import OperatorSettings

from . import badges
from . import pdf as certificate_pdf
from .codes import grouped, normalise
from .holder import public_holder_name
from .models import Certificate
from .permissions import may_download


def operator_name(request):
    return OperatorSettings.for_request(request).name or "Red ATT"


def lookups_exceeded(request):
    """Counts one more code looked up from this client address; True past the rate."""
    return is_ratelimited(
        request,
        group="credentials-verify",
        key=lambda group, request: get_adapter().get_client_ip(request),
        rate=settings.CREDENTIALS_VERIFY_RATE,
        increment=True,
    )


def too_many(request):
    return render(request, "429.html", status=429)


@require_GET
def verify_form(request):
    """The form to type a code (GET): a well-formed code goes to its page."""
    typed = request.GET.get("codigo", "")
    code = normalise(typed)
    if code:
        return redirect("credentials:verify", code=grouped(code))
    context = {"typed": typed, "malformed": bool(typed.strip())}
    return render(request, "credentials/verify_form.html", context, status=400 if typed else 200)


@require_GET
def verify(request, code):
    if lookups_exceeded(request):
        return too_many(request)
    normalised = normalise(code)
    certificate = (
        Certificate.objects.filter(code=normalised).select_related("user__profile").first()
        if normalised
        else None
    )
    if certificate is None:
        response = render(request, "credentials/verify_unknown.html", {"typed": code}, status=404)
    else:
        context = {"certificate": certificate, "holder": public_holder_name(certificate)}
        response = render(request, "credentials/verify.html", context)
    # For whoever holds the code, not for search engines: a holder's name is never indexed.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_GET
@cache_control(public=True, max_age=3600)
def jwks(request):
    """The public key that verifies every credential, as a JSON Web Key Set (RFC 7517)."""
    response = JsonResponse(badges.public_key_set().as_dict(private=False))
    response["Content-Type"] = "application/jwk-set+json"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
@cache_control(public=True, max_age=3600)
def issuer(request):
    """The issuer's Open Badges Profile: the `issuer.id` of every credential."""
    response = JsonResponse(
        badges.issuer_profile(operator_name(request)), json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


# The member's own ---------------------------------------------------------------------------


@login_required
def my_certificates(request):
    certificates = Certificate.objects.filter(user=request.user).select_related("user__profile")
    context = {
        "certificates": certificates,
        "pdf_available": core_pdf.available(),
        "shows_name": shows_identity(request.user),
    }
    return render(request, "credentials/my_certificates.html", context)


def _own(request, code):
    """The signed-in member's certificate with this code; 404 for anyone else's, so nobody
    learns from the answer whether a code exists."""
    certificate = (
        Certificate.objects.filter(code=normalise(code)).select_related("user__profile").first()
    )
    if certificate is None or not may_download(request.user, certificate):
        raise Http404
    return certificate


@login_required
def certificate_pdf_view(request, code):
    certificate = _own(request, code)
    if not core_pdf.available():
        return core_pdf.unavailable_response(request)
    data = certificate_pdf.build(certificate, operator_name(request))
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{certificate_pdf.download_name(certificate)}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def certificate_credential(request, code):
    certificate = _own(request, code)
    if certificate.is_revoked:
        raise Http404  # a revoked certificate is not handed out again as a credential
    token = badges.signed(certificate, operator_name(request))
    response = HttpResponse(token, content_type="application/vc+jwt")
    response["Content-Disposition"] = f'attachment; filename="{badges.download_name(certificate)}"'
    response["Cache-Control"] = "private, no-store"
    return response
