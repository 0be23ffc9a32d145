"""Reference models, split by concept."""

from .entities import Entity
from .taxonomy import CapacityLevel, CapacityType, CycleStage, Sector
from .territory import Department, Municipality, MunicipalityYear

__all__ = [
    "CapacityLevel",
    "CapacityType",
    "CycleStage",
    "Department",
    "Entity",
    "Municipality",
    "MunicipalityYear",
    "Sector",
]
