from enum import StrEnum


class ListHonourRoundsStatus(StrEnum):
    NOMINATIONS_OPEN = "nominations_open"
    PLANNED = "planned"
    PUBLISHED = "published"
    UNDER_REVIEW = "under_review"

    def __str__(self) -> str:
        return str(self.value)
