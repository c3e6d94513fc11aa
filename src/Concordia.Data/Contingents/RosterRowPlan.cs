namespace Concordia.Data.Contingents;

/// <summary>
/// What a roster row will do (or did): create, update or leave its member; the commitment the member fulfils (none
/// when every commitment of the capability is full); and whether a change of identity sends the member back to vetting.
/// </summary>
public sealed record RosterRowPlan(int Row, string PersonnelNumber, string Name, RosterRowAction Action, Guid? CommitmentId, bool SentBackToVetting);
