using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Data;
using ClusterRegistry.Api.Data.Failures;
using ClusterRegistry.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Mutations;

/// <summary>
/// Runs a mutation as one transaction: the change and its audit events are written together, or nothing is.
/// Broken rules, unknown ids and stale writes come back as typed payload errors. When another transaction got in the
/// way, the mutation runs again from a fresh read, so the loser of a race gets the rule's own error (or succeeds if
/// nothing conflicts); after <see cref="MaxAttempts"/> it answers CONFLICT.
/// </summary>
public sealed class MutationRunner(
    IDbContextFactory<RegistryDbContext> contexts, ILogger<MutationRunner> logger, IEnumerable<IRegistryChangeListener> changeListeners)
{
    internal const int MaxAttempts = 8;

    public async Task<MutationPayload<T>> RunAsync<T>(IResolveFieldContext context, Func<MutationScope, Task<T>> change) where T : class
    {
        var official = Official.From(context.User)
            ?? throw new ExecutionError("Sign in as a registry official to change the registry.") { Code = AuthorizationError.NotAuthenticated };
        var mutation = context.FieldDefinition.Name;
        var request = context.RequestServices!.GetRequiredService<MutationRequest>();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
            var scope = new MutationScope(db, official, mutation, DateTime.UtcNow);
            if (request.CheckingOnly) return await CheckAsync(scope, change);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
                var result = await change(scope);
                await db.SaveChangesAsync(context.CancellationToken);
                await AuditCommitOrder.TakeAsync(db, context.CancellationToken);
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
            catch (Exception e) when (DatabaseFailures.Of(e) is DatabaseFailure.Contention)
            {
                if (attempt == MaxAttempts)
                {
                    logger.LogInformation("{Mutation} refused after {Attempts} attempts: other transactions kept changing its records", mutation, attempt);
                    return MutationPayload<T>.Failed(MutationErrors.Conflict);
                }
                await Task.Delay(Backoff(attempt), context.CancellationToken);
            }
            catch (Exception e) when (DatabaseFailures.Of(e) is DatabaseFailure.UniqueViolation violation)
            {
                var rule = DatabaseFailures.RuleOf(db.Model, violation);
                logger.LogInformation("{Mutation} refused: a record with the same key exists ({Rule})", mutation, rule?.Error);
                return MutationPayload<T>.Failed(rule is null ? MutationErrors.Duplicate : MutationErrors.From(rule.Exception()));
            }
        }
    }

    /// <summary>Randomised and growing, so that racing writers do not collide again in step.</summary>
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 10 * (1 << Math.Min(attempt, 5))));

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
