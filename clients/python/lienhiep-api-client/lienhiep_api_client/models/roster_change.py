from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_kind import ChangeKind

if TYPE_CHECKING:
    from ..models.member import Member


T = TypeVar("T", bound="RosterChange")


@_attrs_define
class RosterChange:
    """One membership in the change feed, as it is now.

    Attributes:
        change (ChangeKind): What happened to a membership since the cursor.
        change_seq (int): The change number of the membership's last write: increasing, in commit order, within the
            association's feed (numbers of different associations are not comparable).
        member (Member): A membership with its person. Example: {'id': 1201, 'association_id': 3, 'external_id':
            'KH-000123', 'member_number': '123', 'branch_id': 7, 'joined_on': '2015-03-01', 'left_on': None, 'status':
            'active', 'personal_data': False, 'person': {'id': 981, 'full_name': 'Nguyễn Văn An', 'family_name': 'Nguyễn',
            'middle_name': 'Văn', 'given_name': 'An', 'gender': 'male', 'birth_year': 1975, 'education_level': 'master',
            'intellectual': True, 'academic_title': None, 'honour_titles': [], 'field_of_expertise': 'Nông nghiệp',
            'workplace': 'Sở NN&PTNT', 'position': None, 'has_national_id': True}, 'version': 1, 'created_at':
            '2026-11-27T08:00:00Z', 'updated_at': '2026-11-27T08:00:00Z'}.
    """

    change: ChangeKind
    change_seq: int
    member: Member
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change = self.change.value

        change_seq = self.change_seq

        member = self.member.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "change_seq": change_seq,
                "member": member,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member  # noqa: PLC0415

        d = dict(src_dict)
        change = ChangeKind(d.pop("change"))

        change_seq = d.pop("change_seq")

        member = Member.from_dict(d.pop("member"))

        roster_change = cls(
            change=change,
            change_seq=change_seq,
            member=member,
        )

        roster_change.additional_properties = d
        return roster_change

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
