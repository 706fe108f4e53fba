from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.branch_status import BranchStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Branch")


@_attrs_define
class Branch:
    """A branch as the API shows it.

    Example:
        {'id': 7, 'association_id': 3, 'name': 'Chi hội Khuyến học huyện Mộc Châu', 'district': 'Mộc Châu',
            'founded_on': '2012-03-15', 'member_count_reported': 1250, 'status': 'active', 'version': 1, 'created_at':
            '2026-11-27T08:00:00Z', 'updated_at': '2026-11-27T08:00:00Z'}

    Attributes:
        id (int): Id.
        association_id (int): The association it belongs to.
        name (str): Name, unique within the association (ignoring case).
        status (BranchStatus): Branch statuses (code list `branch_statuses`; labels at
            `/api/v1/reference/branch_statuses`): `active`, `inactive`, `dissolved`
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the record was created.
        updated_at (datetime.datetime): When the record last changed.
        district (None | str | Unset): District (huyện) it covers.
        founded_on (datetime.date | None | Unset): Founding date.
        member_count_reported (int | None | Unset): Member count the branch reports (the roster counts its own).
    """

    id: int
    association_id: int
    name: str
    status: BranchStatus
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    district: None | str | Unset = UNSET
    founded_on: datetime.date | None | Unset = UNSET
    member_count_reported: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        association_id = self.association_id

        name = self.name

        status = self.status.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        founded_on: None | str | Unset
        if isinstance(self.founded_on, Unset):
            founded_on = UNSET
        elif isinstance(self.founded_on, datetime.date):
            founded_on = self.founded_on.isoformat()
        else:
            founded_on = self.founded_on

        member_count_reported: int | None | Unset
        if isinstance(self.member_count_reported, Unset):
            member_count_reported = UNSET
        else:
            member_count_reported = self.member_count_reported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "name": name,
                "status": status,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if district is not UNSET:
            field_dict["district"] = district
        if founded_on is not UNSET:
            field_dict["founded_on"] = founded_on
        if member_count_reported is not UNSET:
            field_dict["member_count_reported"] = member_count_reported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        association_id = d.pop("association_id")

        name = d.pop("name")

        status = BranchStatus(d.pop("status"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_founded_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                founded_on_type_0 = datetime.date.fromisoformat(data)

                return founded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        founded_on = _parse_founded_on(d.pop("founded_on", UNSET))

        def _parse_member_count_reported(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_count_reported = _parse_member_count_reported(d.pop("member_count_reported", UNSET))

        branch = cls(
            id=id,
            association_id=association_id,
            name=name,
            status=status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            district=district,
            founded_on=founded_on,
            member_count_reported=member_count_reported,
        )

        branch.additional_properties = d
        return branch

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
