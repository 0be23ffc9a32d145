"""The demo's people and activity hold together: dates in the past and in order, counts that
agree, and everyone acting where they plausibly would.

The demo is seeded once for the module, inside a transaction rolled back at the end, and every
test reads it.
"""

import re
from datetime import date, timedelta

import pytest

from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Q
from django.utils import timezone

from community.models import Flag, ModerationLog, Post, PostReaction, Thread
from demo.accounts import DEMO_ACCOUNTS
from demo.people_data import CAST
from knowledge.models import Adoption, UsefulnessAnswer
from meeting.models import EditionJuror, EditionPage, Nomination, Vote
from training.models import Cohort, Enrollment, TrainingPlanPage

User = get_user_model()
CAST_NAMES = [row[0] for row in CAST]
STAFF_NAMES = [row[0] for row in DEMO_ACCOUNTS if row[0] not in ("miembro", "planadas")]


pytestmark = pytest.mark.usefixtures("seeded_demo", "db")


# The cast -------------------------------------------------------------------------------------


def test_the_cast_is_a_few_dozen_ordinary_officials_who_cannot_sign_in():
    cast = User.objects.filter(username__in=CAST_NAMES).select_related("profile__entity")
    assert 25 <= cast.count() <= 40
    for user in cast:
        assert not user.has_usable_password() and not user.is_staff, user
        assert list(user.groups.values_list("name", flat=True)) == ["Miembros"], user
        profile = user.profile
        assert profile.municipality and profile.department == profile.municipality.department
        assert profile.entity_name and profile.position, user
        assert profile.policy_version_accepted and user.consents.count() == 2, user
        if profile.entity and profile.entity.kind == "municipal":  # their own town's alcaldía
            assert profile.entity.municipality == profile.municipality, user


def test_the_sign_up_list_offers_the_alcaldia_of_every_demo_municipality():
    from reference.models import Entity

    for username in ("miembro", "planadas"):  # the demo members of Ipiales and Planadas
        profile = User.objects.get(username=username).profile
        assert profile.entity is not None, username
        assert profile.entity.kind == Entity.Kind.MUNICIPAL
        assert profile.entity.name == f"Alcaldía de {profile.municipality.name}"
    used = User.objects.filter(username__in=CAST_NAMES, profile__entity__kind="municipal")
    assert used.values("profile__municipality").distinct().count() >= 20


def test_people_act_only_after_they_joined():
    joined = {u.pk: u.date_joined for u in User.objects.filter(username__in=CAST_NAMES)}
    acts = [
        *Post.objects.values_list("author_id", "created"),
        *PostReaction.objects.values_list("user_id", "created"),
        *Enrollment.objects.values_list("user_id", "created_at"),
        *UsefulnessAnswer.objects.filter(user__isnull=False).values_list("user_id", "created"),
        *Adoption.objects.filter(user__isnull=False).values_list("user_id", "created"),
        *Nomination.objects.values_list("nominated_by_id", "created_at"),
        *Vote.objects.values_list("user_id", "created_at"),
    ]
    acted = [(who, when) for who, when in acts if who in joined]
    assert len(acted) > 200
    for who, when in acted:
        assert joined[who] < when < timezone.now(), (who, when)


# The community --------------------------------------------------------------------------------


def test_replies_come_after_their_thread_started_and_nothing_is_in_the_future():
    now = timezone.now()
    for thread in Thread.objects.annotate(latest=Max("posts__created")):
        times = list(thread.posts.order_by("pk").values_list("created", flat=True))
        assert times[0] == thread.created, thread
        assert times == sorted(times) and len(set(times)) == len(times), thread
        assert thread.latest == thread.last_activity < now, thread
    for mark in PostReaction.objects.select_related("post"):
        assert mark.post.created < mark.created < now
    for flag in Flag.objects.select_related("post"):
        assert flag.post.created < flag.created < now


def test_posts_fall_on_weekdays_in_office_hours():
    for when in Post.objects.values_list("created", flat=True):
        local = timezone.localtime(when)
        assert local.weekday() < 5 and 8 <= local.hour < 18, local


def test_the_community_is_busy_and_its_latest_activity_within_the_last_week():
    assert Thread.objects.count() >= 20 and Post.objects.count() >= 60
    assert PostReaction.objects.count() >= 30
    public = Thread.objects.filter(space__visibility="publico")
    assert public.values("space").distinct().count() >= 4
    latest = Thread.objects.aggregate(latest=Max("last_activity"))["latest"]
    assert latest > timezone.now() - timedelta(days=7)
    oldest = Thread.objects.order_by("created").first().created
    assert oldest < timezone.now() - timedelta(days=300)


def test_the_reported_post_is_an_ordinary_members_never_a_jurors():
    jurors = set(EditionJuror.objects.values_list("user_id", flat=True))
    staff = set(User.objects.filter(username__in=STAFF_NAMES).values_list("pk", flat=True))
    flags = Flag.objects.select_related("post__author", "reporter")
    assert flags.exists()
    for flag in flags:
        spammer = flag.post.author
        assert spammer.pk not in jurors and spammer.pk not in staff, spammer
        assert spammer.username in CAST_NAMES and not spammer.is_staff
        assert flag.reporter != spammer and flag.reporter.pk not in jurors
        assert flag.created > timezone.now() - timedelta(days=7), "reports are handled in days"


def test_the_moderation_log_shows_a_years_work_by_each_spaces_own_moderators():
    log = ModerationLog.objects.select_related("space", "thread")
    assert {entry.action for entry in log} >= {"fijar", "aprobar-miembro"}
    for entry in log:
        assert entry.moderator in entry.space.moderators.all(), entry
        assert entry.created <= timezone.now()
        if entry.thread:
            assert entry.thread.space == entry.space and entry.created >= entry.thread.created
    pinned = Thread.objects.filter(pinned=True)
    assert set(log.filter(action="fijar").values_list("thread", flat=True)) == set(
        pinned.values_list("pk", flat=True)
    )


# Training -------------------------------------------------------------------------------------


def test_cohorts_fall_inside_the_plans_years_and_no_classroom_meets_over_the_holidays():
    plan = TrainingPlanPage.objects.get()
    first, last = (int(y) for y in re.search(r"(\d{4})–(\d{4})", plan.title).groups())
    for cohort in Cohort.objects.all():
        assert date(first, 1, 1) <= cohort.start_date <= cohort.end_date <= date(last, 12, 31)
        if not cohort.online:
            day = cohort.start_date
            while day <= cohort.end_date:
                assert not (
                    (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 6)
                ), cohort
                day += timedelta(days=1)


def test_no_cohort_holds_more_people_than_seats_and_the_cast_fills_them():
    cohorts = Cohort.objects.annotate(
        held=Count("enrollments", filter=Q(enrollments__status="inscrito"))
    )
    for cohort in cohorts:
        assert cohort.held <= cohort.seats, cohort
    taken = Enrollment.objects.filter(user__username__in=CAST_NAMES)
    assert taken.count() >= 40
    assert taken.values("cohort").distinct().count() >= 12


def test_enrolments_happen_while_the_cohorts_enrolment_is_open():
    for seat in Enrollment.objects.select_related("cohort"):
        day = timezone.localdate(seat.created_at)
        cohort = seat.cohort
        assert cohort.enrolment_opens <= day <= cohort.enrolment_closes < cohort.end_date, seat
        if seat.survey_sent_at:
            assert seat.survey_sent_at.date() > cohort.end_date


# The meeting ----------------------------------------------------------------------------------


def test_an_editions_stated_count_of_practices_equals_its_nominations():
    stated = 0
    for edition in EditionPage.objects.all():
        text = " ".join(str(v) for v in (edition.summary, edition.description, edition.memoria))
        for count in re.findall(r"(\d+) prácticas", text):
            assert int(count) == edition.nominations.count(), edition.title
            stated += 1
    assert stated


def test_nominations_arrive_inside_their_call_after_the_practice_was_published():
    nominations = Nomination.objects.select_related("edition", "practice")
    assert nominations.count() >= 10
    for nomination in nominations:
        edition = nomination.edition
        assert edition.call_opens_at <= nomination.created_at <= edition.call_closes_at
        assert nomination.practice.publication_date < timezone.localdate(nomination.created_at)


def test_nominators_come_from_the_practices_department_or_entity():
    nominators = set()
    for nomination in Nomination.objects.select_related("nominated_by__profile", "practice"):
        profile = nomination.nominated_by.profile
        practice = nomination.practice
        departments = set(practice.departments.values_list("pk", flat=True))
        assert profile.department_id in departments or profile.entity_id in {
            practice.entity_id,
            practice.contact_entity_id,
        }, (practice.title, nomination.nominated_by.username)
        nominators.add(nomination.nominated_by_id)
    assert len(nominators) >= 8  # not one member nominating everything


def test_winners_come_from_different_departments():
    for edition in EditionPage.objects.all():
        winners = edition.nominations.filter(status=Nomination.Status.WINNER)
        departments = [w.practice.departments.first().pk for w in winners]
        assert len(departments) == len(set(departments)), edition.title


def test_votes_are_cast_while_the_vote_is_open_one_per_member():
    votes = Vote.objects.select_related("edition")
    assert votes.count() >= 15
    for vote in votes:
        assert vote.edition.vote_opens_at <= vote.created_at < timezone.now()
        assert vote.created_at <= vote.edition.vote_closes_at
    assert votes.values("user").distinct().count() == votes.count()
    assert len({timezone.localdate(vote.created_at) for vote in votes}) >= 3  # over days


# The library ----------------------------------------------------------------------------------


def test_readers_answer_and_apply_items_after_they_were_published():
    answers = UsefulnessAnswer.objects.select_related("page")
    assert answers.filter(user__username__in=CAST_NAMES, useful=True).count() >= 30
    for answer in answers:
        assert answer.page.publication_date <= timezone.localdate(answer.created), answer.pk
        assert answer.created < timezone.now()
    for adoption in Adoption.objects.select_related("page", "user__profile"):
        assert adoption.page.publication_date < timezone.localdate(adoption.created)
        if adoption.user:  # the entity is the member's own
            assert adoption.entity_name == adoption.user.profile.entity_name
            assert adoption.department == adoption.user.profile.department
        if adoption.outcome:
            assert adoption.created < adoption.follow_up_sent_at < adoption.outcome_at
