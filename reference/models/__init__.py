"""Reference models, split by concept."""

from .entities import Entity
from .taxonomy import CapacityLevel, CapacityType, CycleStage, Sector
from .territory import Department, Municipality

__all__ = [
    "CapacityLevel",
    "CapacityType",
    "CycleStage",
    "Department",
    "Entity",
    "Municipality",
    "Sector",
]
