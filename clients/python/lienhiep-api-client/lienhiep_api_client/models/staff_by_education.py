from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffByEducation")


@_attrs_define
class StaffByEducation:
    """People by highest education level (the codes of `education_levels`); a level left out:
    none known.

        Attributes:
            none (int | None | Unset): No formal qualification, 0 to 1,000.
            secondary (int | None | Unset): Secondary or vocational (trung học, trung cấp).
            college (int | None | Unset): College (cao đẳng).
            bachelor (int | None | Unset): Bachelor (đại học).
            master (int | None | Unset): Master (thạc sĩ).
            doctor (int | None | Unset): Doctor (tiến sĩ).
            doctor_of_science (int | None | Unset): Doctor of science (tiến sĩ khoa học).
    """

    none: int | None | Unset = UNSET
    secondary: int | None | Unset = UNSET
    college: int | None | Unset = UNSET
    bachelor: int | None | Unset = UNSET
    master: int | None | Unset = UNSET
    doctor: int | None | Unset = UNSET
    doctor_of_science: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        none: int | None | Unset
        if isinstance(self.none, Unset):
            none = UNSET
        else:
            none = self.none

        secondary: int | None | Unset
        if isinstance(self.secondary, Unset):
            secondary = UNSET
        else:
            secondary = self.secondary

        college: int | None | Unset
        if isinstance(self.college, Unset):
            college = UNSET
        else:
            college = self.college

        bachelor: int | None | Unset
        if isinstance(self.bachelor, Unset):
            bachelor = UNSET
        else:
            bachelor = self.bachelor

        master: int | None | Unset
        if isinstance(self.master, Unset):
            master = UNSET
        else:
            master = self.master

        doctor: int | None | Unset
        if isinstance(self.doctor, Unset):
            doctor = UNSET
        else:
            doctor = self.doctor

        doctor_of_science: int | None | Unset
        if isinstance(self.doctor_of_science, Unset):
            doctor_of_science = UNSET
        else:
            doctor_of_science = self.doctor_of_science

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if none is not UNSET:
            field_dict["none"] = none
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if college is not UNSET:
            field_dict["college"] = college
        if bachelor is not UNSET:
            field_dict["bachelor"] = bachelor
        if master is not UNSET:
            field_dict["master"] = master
        if doctor is not UNSET:
            field_dict["doctor"] = doctor
        if doctor_of_science is not UNSET:
            field_dict["doctor_of_science"] = doctor_of_science

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_none(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        none = _parse_none(d.pop("none", UNSET))

        def _parse_secondary(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        secondary = _parse_secondary(d.pop("secondary", UNSET))

        def _parse_college(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        college = _parse_college(d.pop("college", UNSET))

        def _parse_bachelor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bachelor = _parse_bachelor(d.pop("bachelor", UNSET))

        def _parse_master(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        master = _parse_master(d.pop("master", UNSET))

        def _parse_doctor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        doctor = _parse_doctor(d.pop("doctor", UNSET))

        def _parse_doctor_of_science(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        doctor_of_science = _parse_doctor_of_science(d.pop("doctor_of_science", UNSET))

        staff_by_education = cls(
            none=none,
            secondary=secondary,
            college=college,
            bachelor=bachelor,
            master=master,
            doctor=doctor,
            doctor_of_science=doctor_of_science,
        )

        return staff_by_education
