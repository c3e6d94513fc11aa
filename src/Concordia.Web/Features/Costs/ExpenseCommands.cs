using Concordia.Data;
using Concordia.Domain.Costs;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Costs;

/// <summary>
/// A country's liaison, or the host, records an expense of the country (with its receipt as a PDF when there is one),
/// corrects it or deletes it while no claim holds it.
/// </summary>
public static class ExpenseCommands
{
    public static async Task<Outcome<Expense>> RecordAsync(ConcordiaDbContext db, Guid eventId, string country, ExpenseRequest request,
        string? receiptFileName, byte[]? receipt, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!CostsAccess.MayRecord(caller, country))
        {
            return Outcome<Expense>.Refused("Only the country's own liaison and the host record the country's expenses.");
        }

        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return Outcome<Expense>.Missing(EventLookup.NotFound(eventId));
        }

        var recorded = Expense.Record(ev, country, new ExpenseDetails(request.Category, request.Amount, request.Currency?.Trim(), request.IncurredOn,
            request.Description, receiptFileName, receipt), caller.Name, time.GetUtcNow().UtcDateTime);
        if (!recorded.IsSuccess)
        {
            return Outcome<Expense>.Invalid(recorded.Errors);
        }

        db.Expenses.Add(recorded.Value);
        await db.SaveChangesAsync(ct);
        return Outcome<Expense>.Ok(recorded.Value);
    }

    public static async Task<Outcome<Expense>> AttachReceiptAsync(ConcordiaDbContext db, Guid eventId, string country, Guid expenseId, string? fileName,
        byte[] content, CurrentUser caller, CancellationToken ct)
    {
        if (!CostsAccess.MayRecord(caller, country))
        {
            return Outcome<Expense>.Refused("Only the country's own liaison and the host attach receipts to the country's expenses.");
        }

        var expense = await db.Expenses.FirstOrDefaultAsync(e => e.Id == expenseId && e.EventId == eventId && e.Country == country, ct);
        if (expense is null)
        {
            return Outcome<Expense>.Missing($"There is no expense {expenseId} of {country} at this event that you can see.");
        }

        var attached = expense.AttachReceipt(fileName, content);
        if (!attached.IsSuccess)
        {
            return Outcome<Expense>.Invalid(attached.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Expense>.Ok(expense);
    }

    public static async Task<Outcome<Expense>> ChangeAsync(ConcordiaDbContext db, Guid eventId, string country, Guid expenseId, ExpenseRequest request,
        string? receiptFileName, byte[]? receipt, CurrentUser caller, CancellationToken ct)
    {
        if (!CostsAccess.MayRecord(caller, country))
        {
            return Outcome<Expense>.Refused("Only the country's own liaison and the host change the country's expenses.");
        }

        var ev = await EventLookup.FindAsync(db, eventId, ct);
        var expense = ev is null ? null : await db.Expenses.FirstOrDefaultAsync(e => e.Id == expenseId && e.EventId == eventId && e.Country == country, ct);
        if (ev is null || expense is null)
        {
            return Outcome<Expense>.Missing($"There is no expense {expenseId} of {country} at this event that you can see.");
        }

        var changed = expense.Change(ev, new ExpenseDetails(request.Category, request.Amount, request.Currency?.Trim(), request.IncurredOn, request.Description,
            receiptFileName, receipt));
        if (!changed.IsSuccess)
        {
            return Outcome<Expense>.Invalid(changed.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Expense>.Ok(expense);
    }

    public static async Task<Outcome<Expense>> DeleteAsync(ConcordiaDbContext db, Guid eventId, string country, Guid expenseId, CurrentUser caller,
        CancellationToken ct)
    {
        if (!CostsAccess.MayRecord(caller, country))
        {
            return Outcome<Expense>.Refused("Only the country's own liaison and the host delete the country's expenses.");
        }

        var expense = await db.Expenses.FirstOrDefaultAsync(e => e.Id == expenseId && e.EventId == eventId && e.Country == country, ct);
        if (expense is null)
        {
            return Outcome<Expense>.Missing($"There is no expense {expenseId} of {country} at this event that you can see.");
        }

        var removable = expense.CheckRemovable();
        if (!removable.IsSuccess)
        {
            return Outcome<Expense>.Invalid(removable.Errors);
        }

        db.Expenses.Remove(expense);
        await db.SaveChangesAsync(ct);
        return Outcome<Expense>.Ok(expense);
    }
}
