from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duplicate_evidence import DuplicateEvidence

if TYPE_CHECKING:
    from ..models.duplicate_person import DuplicatePerson


T = TypeVar("T", bound="DuplicateGroup")


@_attrs_define
class DuplicateGroup:
    """People that look like one.

    Attributes:
        evidence (DuplicateEvidence): Why people look like one.
        people (list[DuplicatePerson]): The people, oldest first.
    """

    evidence: DuplicateEvidence
    people: list[DuplicatePerson]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evidence = self.evidence.value

        people = []
        for people_item_data in self.people:
            people_item = people_item_data.to_dict()
            people.append(people_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evidence": evidence,
                "people": people,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duplicate_person import DuplicatePerson  # noqa: PLC0415

        d = dict(src_dict)
        evidence = DuplicateEvidence(d.pop("evidence"))

        people = []
        _people = d.pop("people")
        for people_item_data in _people:
            people_item = DuplicatePerson.from_dict(people_item_data)

            people.append(people_item)

        duplicate_group = cls(
            evidence=evidence,
            people=people,
        )

        duplicate_group.additional_properties = d
        return duplicate_group

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
