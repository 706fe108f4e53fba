from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.branch_status import BranchStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchPatch")


@_attrs_define
class BranchPatch:
    """Changes to a branch as a JSON Merge Patch: left out stays, `null` clears; `name` and
    `status` cannot be cleared.

        Example:
            {'member_count_reported': 1310, 'status': 'inactive'}

        Attributes:
            name (str | Unset): Name.
            district (None | str | Unset): District.
            founded_on (datetime.date | None | Unset): Founding date.
            member_count_reported (int | None | Unset): Reported member count.
            status (BranchStatus | Unset): Branch statuses (code list `branch_statuses`; labels at
                `/api/v1/reference/branch_statuses`): `active`, `inactive`, `dissolved`
    """

    name: str | Unset = UNSET
    district: None | str | Unset = UNSET
    founded_on: datetime.date | None | Unset = UNSET
    member_count_reported: int | None | Unset = UNSET
    status: BranchStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if district is not UNSET:
            field_dict["district"] = district
        if founded_on is not UNSET:
            field_dict["founded_on"] = founded_on
        if member_count_reported is not UNSET:
            field_dict["member_count_reported"] = member_count_reported
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        _status = d.pop("status", UNSET)
        status: BranchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BranchStatus(_status)

        branch_patch = cls(
            name=name,
            district=district,
            founded_on=founded_on,
            member_count_reported=member_count_reported,
            status=status,
        )

        return branch_patch
