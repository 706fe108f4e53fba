from enum import StrEnum


class AuthorRole(StrEnum):
    AUTHOR = "author"
    PUPIL = "pupil"
    SUPERVISOR = "supervisor"

    def __str__(self) -> str:
        return str(self.value)
