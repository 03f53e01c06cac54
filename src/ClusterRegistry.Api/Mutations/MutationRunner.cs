using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Data;
using ClusterRegistry.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Mutations;

/// <summary>
/// Runs a mutation as one transaction: the change and its audit events are written together, or nothing is.
/// Broken rules, unknown ids and stale writes come back as typed payload errors.
/// </summary>
public sealed class MutationRunner(
    IDbContextFactory<RegistryDbContext> contexts, ILogger<MutationRunner> logger, IEnumerable<IRegistryChangeListener> changeListeners)
{
    public async Task<MutationPayload<T>> RunAsync<T>(IResolveFieldContext context, Func<MutationScope, Task<T>> change) where T : class
    {
        var official = Official.From(context.User)
            ?? throw new ExecutionError("Sign in as a registry official to change the registry.") { Code = AuthorizationError.NotAuthenticated };
        var mutation = context.FieldDefinition.Name;
        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        var scope = new MutationScope(db, official, mutation, DateTime.UtcNow);
        var request = context.RequestServices!.GetRequiredService<MutationRequest>();
        if (request.CheckingOnly) return await CheckAsync(scope, change);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            var result = await change(scope);
            await db.SaveChangesAsync(context.CancellationToken);
            db.AuditEvents.AddRange(scope.PendingAuditEvents.Select(audit => audit()));
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
            request.RecordCommit();
            foreach (var listener in changeListeners) await listener.RegistryChangedAsync();
            return MutationPayload<T>.Succeeded(result);
        }
        catch (MutationRefused refused)
        {
            return MutationPayload<T>.Failed(refused.Error);
        }
        catch (DomainException broken)
        {
            return MutationPayload<T>.Failed(MutationErrors.From(broken));
        }
        catch (DbUpdateConcurrencyException)
        {
            return MutationPayload<T>.Failed(MutationErrors.Conflict);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            logger.LogInformation("{Mutation} refused: a record with the same key exists", mutation);
            return MutationPayload<T>.Failed(MutationErrors.Duplicate);
        }
    }

    /// <summary>
    /// Runs the change without saving, for its authorization checks only: a refusal (an error with an authorization
    /// code) propagates; anything else, including broken rules, is left to the real run.
    /// </summary>
    private static async Task<MutationPayload<T>> CheckAsync<T>(MutationScope scope, Func<MutationScope, Task<T>> change) where T : class
    {
        try
        {
            await change(scope);
        }
        catch (Exception e) when (e is not ExecutionError { Code: AuthorizationError.NotAuthenticated or AuthorizationError.NotAuthorized })
        {
        }
        return new MutationPayload<T>(null, null);
    }
}
