from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.activity_kind import ActivityKind
from ..models.council_role import CouncilRole
from ..models.organiser_kind import OrganiserKind
from ..models.publication_kind import PublicationKind
from ..models.research_level import ResearchLevel
from ..models.research_status import ResearchStatus
from ..models.union_role import UnionRole
from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_link import ActivityLink


T = TypeVar("T", bound="ActivityInput")


@_attrs_define
class ActivityInput:
    """A new activity. The organiser fields follow `organiser_kind` (`association` needs
    `association_id`, `partner` needs `partner_name`, `union` takes neither), and each kind has
    its own fields, allowed for that kind only: `council_participation` needs `council_name`,
    `projects_evaluated` and `council_role`; `research_project` needs `research_level` and
    `research_status`; `social_activity` needs `beneficiaries` or `amount`; `publication` may
    give `publication_kind`, `articles` and `visits`.

        Example:
            {'kind': 'workshop', 'title': 'Hội thảo khoa học về phát triển cây ăn quả vùng cao', 'organiser_kind': 'union',
                'starts_on': '2019-10-18', 'place': 'Mộc Châu', 'participants': 120, 'union_role': 'led', 'links': [{'url':
                'https://lienhiephoi.sonla.gov.vn/hoi-thao-cay-an-qua', 'title': 'Tin bài'}]}

        Attributes:
            kind (ActivityKind): Activity kinds (code list `activity_kinds`; labels at `/api/v1/reference/activity_kinds`):
                `workshop`, `research_project`, `transfer_model`, `council_participation`, `publication`, `social_activity`,
                `training`, `other`
            title (str): Title, 2 to 300 characters.
            organiser_kind (OrganiserKind): Activity organisers (code list `activity_organisers`; labels at
                `/api/v1/reference/activity_organisers`): `union`, `association`, `partner`
            starts_on (datetime.date): The date, or the start of the period.
            association_id (int | None | Unset): The organising association (organiser `association`).
            partner_name (None | str | Unset): The organising partner, 2 to 300 characters (organiser `partner`).
            ends_on (datetime.date | None | Unset): The end of the period; not before `starts_on`.
            place (None | str | Unset): Place, at most 300 characters.
            participants (int | None | Unset): Participants, 0 to 1,000,000.
            union_role (None | UnionRole | Unset):
            outcome (None | str | Unset): Outcome or notes, at most 4,000 characters.
            links (list[ActivityLink] | Unset): Links, at most 20.
            visibility (None | Unset | Visibility):
            council_name (None | str | Unset): The council, 2 to 300 characters (council participation).
            projects_evaluated (int | None | Unset): Projects the council evaluated, 0 to 10,000 (council participation).
            council_role (CouncilRole | None | Unset):
            research_level (None | ResearchLevel | Unset):
            research_status (None | ResearchStatus | Unset):
            beneficiaries (int | None | Unset): People who benefited, 0 to 10,000,000 (social activity).
            amount (int | None | Unset): Money given in VND, 0 to 1,000,000,000,000,000 (social activity).
            articles (int | None | Unset): Articles published, 0 to 1,000,000 (publication).
            visits (int | None | Unset): Visits to the publication's online channel (forum, newsletter pages, portal) over
                the
                activity's period, 0 to 1,000,000,000,000 (publication).
            publication_kind (None | PublicationKind | Unset):
    """

    kind: ActivityKind
    title: str
    organiser_kind: OrganiserKind
    starts_on: datetime.date
    association_id: int | None | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    place: None | str | Unset = UNSET
    participants: int | None | Unset = UNSET
    union_role: None | UnionRole | Unset = UNSET
    outcome: None | str | Unset = UNSET
    links: list[ActivityLink] | Unset = UNSET
    visibility: None | Unset | Visibility = UNSET
    council_name: None | str | Unset = UNSET
    projects_evaluated: int | None | Unset = UNSET
    council_role: CouncilRole | None | Unset = UNSET
    research_level: None | ResearchLevel | Unset = UNSET
    research_status: None | ResearchStatus | Unset = UNSET
    beneficiaries: int | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    articles: int | None | Unset = UNSET
    visits: int | None | Unset = UNSET
    publication_kind: None | PublicationKind | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        organiser_kind = self.organiser_kind.value

        starts_on = self.starts_on.isoformat()

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        participants: int | None | Unset
        if isinstance(self.participants, Unset):
            participants = UNSET
        else:
            participants = self.participants

        union_role: None | str | Unset
        if isinstance(self.union_role, Unset):
            union_role = UNSET
        elif isinstance(self.union_role, UnionRole):
            union_role = self.union_role.value
        else:
            union_role = self.union_role

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, Visibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility

        council_name: None | str | Unset
        if isinstance(self.council_name, Unset):
            council_name = UNSET
        else:
            council_name = self.council_name

        projects_evaluated: int | None | Unset
        if isinstance(self.projects_evaluated, Unset):
            projects_evaluated = UNSET
        else:
            projects_evaluated = self.projects_evaluated

        council_role: None | str | Unset
        if isinstance(self.council_role, Unset):
            council_role = UNSET
        elif isinstance(self.council_role, CouncilRole):
            council_role = self.council_role.value
        else:
            council_role = self.council_role

        research_level: None | str | Unset
        if isinstance(self.research_level, Unset):
            research_level = UNSET
        elif isinstance(self.research_level, ResearchLevel):
            research_level = self.research_level.value
        else:
            research_level = self.research_level

        research_status: None | str | Unset
        if isinstance(self.research_status, Unset):
            research_status = UNSET
        elif isinstance(self.research_status, ResearchStatus):
            research_status = self.research_status.value
        else:
            research_status = self.research_status

        beneficiaries: int | None | Unset
        if isinstance(self.beneficiaries, Unset):
            beneficiaries = UNSET
        else:
            beneficiaries = self.beneficiaries

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        articles: int | None | Unset
        if isinstance(self.articles, Unset):
            articles = UNSET
        else:
            articles = self.articles

        visits: int | None | Unset
        if isinstance(self.visits, Unset):
            visits = UNSET
        else:
            visits = self.visits

        publication_kind: None | str | Unset
        if isinstance(self.publication_kind, Unset):
            publication_kind = UNSET
        elif isinstance(self.publication_kind, PublicationKind):
            publication_kind = self.publication_kind.value
        else:
            publication_kind = self.publication_kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "organiser_kind": organiser_kind,
                "starts_on": starts_on,
            }
        )
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if place is not UNSET:
            field_dict["place"] = place
        if participants is not UNSET:
            field_dict["participants"] = participants
        if union_role is not UNSET:
            field_dict["union_role"] = union_role
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if links is not UNSET:
            field_dict["links"] = links
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if council_name is not UNSET:
            field_dict["council_name"] = council_name
        if projects_evaluated is not UNSET:
            field_dict["projects_evaluated"] = projects_evaluated
        if council_role is not UNSET:
            field_dict["council_role"] = council_role
        if research_level is not UNSET:
            field_dict["research_level"] = research_level
        if research_status is not UNSET:
            field_dict["research_status"] = research_status
        if beneficiaries is not UNSET:
            field_dict["beneficiaries"] = beneficiaries
        if amount is not UNSET:
            field_dict["amount"] = amount
        if articles is not UNSET:
            field_dict["articles"] = articles
        if visits is not UNSET:
            field_dict["visits"] = visits
        if publication_kind is not UNSET:
            field_dict["publication_kind"] = publication_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_link import ActivityLink  # noqa: PLC0415

        d = dict(src_dict)
        kind = ActivityKind(d.pop("kind"))

        title = d.pop("title")

        organiser_kind = OrganiserKind(d.pop("organiser_kind"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_partner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_name = _parse_partner_name(d.pop("partner_name", UNSET))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_participants(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        participants = _parse_participants(d.pop("participants", UNSET))

        def _parse_union_role(data: object) -> None | UnionRole | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                union_role_type_1 = UnionRole(data)

                return union_role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnionRole | Unset, data)

        union_role = _parse_union_role(d.pop("union_role", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        _links = d.pop("links", UNSET)
        links: list[ActivityLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = ActivityLink.from_dict(links_item_data)

                links.append(links_item)

        def _parse_visibility(data: object) -> None | Unset | Visibility:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_1 = Visibility(data)

                return visibility_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Visibility, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        def _parse_council_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        council_name = _parse_council_name(d.pop("council_name", UNSET))

        def _parse_projects_evaluated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        projects_evaluated = _parse_projects_evaluated(d.pop("projects_evaluated", UNSET))

        def _parse_council_role(data: object) -> CouncilRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                council_role_type_1 = CouncilRole(data)

                return council_role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouncilRole | None | Unset, data)

        council_role = _parse_council_role(d.pop("council_role", UNSET))

        def _parse_research_level(data: object) -> None | ResearchLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                research_level_type_1 = ResearchLevel(data)

                return research_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResearchLevel | Unset, data)

        research_level = _parse_research_level(d.pop("research_level", UNSET))

        def _parse_research_status(data: object) -> None | ResearchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                research_status_type_1 = ResearchStatus(data)

                return research_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResearchStatus | Unset, data)

        research_status = _parse_research_status(d.pop("research_status", UNSET))

        def _parse_beneficiaries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        beneficiaries = _parse_beneficiaries(d.pop("beneficiaries", UNSET))

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_articles(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        articles = _parse_articles(d.pop("articles", UNSET))

        def _parse_visits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        visits = _parse_visits(d.pop("visits", UNSET))

        def _parse_publication_kind(data: object) -> None | PublicationKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                publication_kind_type_1 = PublicationKind(data)

                return publication_kind_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicationKind | Unset, data)

        publication_kind = _parse_publication_kind(d.pop("publication_kind", UNSET))

        activity_input = cls(
            kind=kind,
            title=title,
            organiser_kind=organiser_kind,
            starts_on=starts_on,
            association_id=association_id,
            partner_name=partner_name,
            ends_on=ends_on,
            place=place,
            participants=participants,
            union_role=union_role,
            outcome=outcome,
            links=links,
            visibility=visibility,
            council_name=council_name,
            projects_evaluated=projects_evaluated,
            council_role=council_role,
            research_level=research_level,
            research_status=research_status,
            beneficiaries=beneficiaries,
            amount=amount,
            articles=articles,
            visits=visits,
            publication_kind=publication_kind,
        )

        return activity_input
