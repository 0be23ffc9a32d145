"""Certificates in a real browser (issue 29): the demo member completes a course (lessons, survey,
attendance taken by the ESAP publisher), gets its certificate and downloads the PDF, a visitor
verifies the code, the publisher revokes it and the verification page says so. Only "Mis
certificados" and the verification page are audited with axe-core here.
"""

import datetime
import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from .axe import assert_accessible
from .test_smoke import log_in

pytestmark = pytest.mark.browser

COURSE = "Gestión catastral multipropósito para municipios"
HOURS = 36
LESSONS = ("Qué es el catastro multipropósito", "El predio en el presupuesto municipal")
REASON = "Se expidió por error: la asistencia registrada era de otra persona."


def prepare_course():
    """A course of the demo plan that grants a certificate once its two lessons are done, its
    survey answered and one in-person session attended; its cohort in Ipiales ended yesterday (the
    survey is open today), with one session held, and the demo member seated with nothing done.
    Returns the cohort."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from training.factories import (
        CohortFactory,
        CohortSessionFactory,
        CourseLessonPageFactory,
        CourseModulePageFactory,
        CoursePageFactory,
    )
    from training.models import Cohort, CoursePage, Enrollment, TrainingPlanPage

    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    course = CoursePageFactory(
        parent=TrainingPlanPage.objects.live().get(),
        title=COURSE,
        entity="esap",
        modality=CoursePage.Modality.IN_PERSON,
        duration_hours=HOURS,
        certificate=True,
        completion_lessons_percent=100,
        completion_requires_survey=True,
        completion_min_sessions=1,
    )
    module = CourseModulePageFactory(parent=course, title="El catastro en la gestión municipal")
    for title in LESSONS:
        CourseLessonPageFactory(parent=module, title=title)
    cohort = CohortFactory(
        course=course,
        municipality="52356",
        start_date=today - 14 * day,
        end_date=today - day,
        enrolment_opens=today - 40 * day,
        enrolment_closes=today - 15 * day,
        status=Cohort.Status.FINISHED,
    )
    starts = timezone.make_aware(datetime.datetime.combine(today - 7 * day, datetime.time(9)))
    CohortSessionFactory(
        cohort=cohort, starts_at=starts, ends_at=starts + datetime.timedelta(hours=3)
    )
    member = get_user_model().objects.get(username="miembro")
    Enrollment.objects.create(user=member, cohort=cohort, status=Enrollment.Status.ENROLLED)
    return cohort


def new_tab(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="es-CO")
    context.set_default_timeout(15_000)
    return context.new_page()


def pdf_text(path):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_member_completes_a_course_gets_a_certificate_anyone_verifies_and_the_publisher_revokes(
    page, browser, live_server
):
    """The whole life of a course certificate, each step through the interface its person uses:
    the member's lessons and survey, the publisher's attendance list, the member's PDF, the
    visitor's verification, the publisher's revocation with a reason."""
    cohort = prepare_course()
    in_my_courses = page.locator("li.result", has=page.get_by_role("heading", name=COURSE))

    # The member does the lessons and answers the survey; "Mis cursos" says what is left.
    log_in(page, "miembro")
    page.goto("/formacion/mis-cursos/")
    expect(in_my_courses).to_contain_text(
        "Le faltan 2 lecciones, 1 sesión presencial y la encuesta"
    )
    in_my_courses.get_by_role("link", name=COURSE).click()
    expect(page.locator("main h1")).to_have_text(COURSE)
    course_url = page.url
    for lesson in LESSONS:
        page.goto(course_url)
        page.get_by_role("link", name=lesson).click()
        expect(page.locator("main h1")).to_have_text(lesson)
        page.get_by_role("button", name="Marcar como completada").click()
        expect(page.get_by_text("Completó esta lección.")).to_be_visible()
    page.goto("/formacion/mis-cursos/")
    expect(in_my_courses).to_contain_text("Le faltan 1 sesión presencial y la encuesta")
    expect(in_my_courses).to_contain_text("Ya cumplió: las lecciones exigidas")

    in_my_courses.get_by_role("link", name="Responder la encuesta del curso").click()
    expect(page.locator("main h1")).to_contain_text(COURSE)
    for group in page.locator("main form .field").all()[:4]:
        group.locator("input[type=radio][value='5']").check()
    page.get_by_role("radio", name="Sí", exact=True).check()
    page.get_by_role("button", name="Enviar mi respuesta").click()
    expect(page.get_by_text("Gracias. Su respuesta quedó guardada.")).to_be_visible()
    expect(in_my_courses).to_contain_text("Le falta 1 sesión presencial")

    # The ESAP publisher ticks the member present on the session's list.
    publisher = new_tab(browser, live_server)
    log_in(publisher, "esap")
    publisher.goto(f"/admin/convocatorias/{cohort.pk}/lista/")
    expect(publisher.get_by_role("heading", name=COURSE)).to_be_visible()
    publisher.locator("ul.attendance-list a").first.click()
    publisher.get_by_role("checkbox", name="Marta Benavides").check()
    publisher.get_by_role("button", name="Guardar asistencia").click()
    expect(publisher.get_by_text("Asistencia guardada: 1 persona presente.")).to_be_visible()

    # The course is complete: "Mis certificados" has its certificate, and the PDF says so.
    page.goto("/formacion/mis-cursos/")
    expect(in_my_courses).to_contain_text("Cumplió todos los requisitos")
    page.goto("/mis-certificados/")
    certificate = page.locator("li.result", has=page.get_by_role("heading", name=COURSE))
    expect(certificate).to_contain_text(f"{HOURS} horas")
    code = certificate.locator("strong").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code), code
    assert_accessible(page, "my-certificates")
    with page.expect_download() as download:
        certificate.get_by_role("link", name="Descargar PDF").click()
    text = pdf_text(download.value.path())
    holder = "Marta Benavides"  # the demo member consented to show her name in public
    for shown in (holder, COURSE, f"Intensidad: {HOURS} horas", code):
        assert shown in text, f"{shown!r} not in the PDF: {text}"

    # A visitor, without an account, types the code.
    visitor = new_tab(browser, live_server)
    visitor.goto("/verificar/")
    visitor.get_by_label("Código de verificación").fill(code.lower().replace("-", " "))
    visitor.get_by_role("button", name="Verificar").click()
    visitor.wait_for_url(f"**/verificar/{code}/")
    expect(visitor.get_by_role("status")).to_contain_text("Certificado válido.")
    facts = visitor.locator("dl.facts")
    for shown in (code, COURSE, holder, f"{HOURS} horas"):
        expect(facts).to_contain_text(shown)
    assert_accessible(visitor, "certificate-verification")

    # The publisher revokes it with a reason; the verification page now says so.
    publisher.goto("/admin/informes/certificados/")
    publisher.get_by_role("link", name=COURSE).click()
    row = publisher.locator("tr", has=publisher.get_by_role("link", name=code))
    row.get_by_role("link", name="Revocar").click()
    publisher.get_by_label("Motivo de la revocación").fill(REASON)
    publisher.get_by_role("button", name="Revocar").click()
    expect(publisher.get_by_text(f"Certificado {code} revocado.")).to_be_visible()
    expect(row).to_contain_text(f"Revocado: {REASON}")

    visitor.reload()
    status = visitor.get_by_role("status")
    expect(status).to_contain_text("Certificado revocado: no es válido.")
    expect(status).to_contain_text(f"Motivo: {REASON}")
    expect(visitor.get_by_text("Certificado válido.")).to_have_count(0)
    assert_accessible(visitor, "certificate-verification-revoked")

    for tab in (publisher, visitor):
        tab.context.close()
