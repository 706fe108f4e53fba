from enum import StrEnum


class AcademicTitle(StrEnum):
    ASSOCIATE_PROFESSOR = "associate_professor"
    PROFESSOR = "professor"

    def __str__(self) -> str:
        return str(self.value)
