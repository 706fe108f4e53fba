from enum import StrEnum


class ListAssociationMembersEducationLevel(StrEnum):
    BACHELOR = "bachelor"
    COLLEGE = "college"
    DOCTOR = "doctor"
    DOCTOR_OF_SCIENCE = "doctor_of_science"
    MASTER = "master"
    NONE = "none"
    SECONDARY = "secondary"

    def __str__(self) -> str:
        return str(self.value)
