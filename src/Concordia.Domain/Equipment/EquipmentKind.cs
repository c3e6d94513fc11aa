namespace Concordia.Domain.Equipment;

/// <summary>What a registered item is.</summary>
public enum EquipmentKind
{
    Weapon,
    Vehicle,
    Radio,
    Dog,
}
