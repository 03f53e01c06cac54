using GraphQL;

namespace ClusterRegistry.Api.Schema;

internal static class ResolveFieldContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>A context of the resolver's own: root fields may run beside each other and beside batch loaders.</summary>
    public static Task<ClusterRegistry.Data.RegistryDbContext> OpenRegistryAsync(this IResolveFieldContext context) =>
        context.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<ClusterRegistry.Data.RegistryDbContext>>()
            .CreateDbContextAsync(context.CancellationToken);

    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == fieldName) == true;

    /// <summary>The date statuses are evaluated on: the <c>on</c> argument, or today in China.</summary>
    public static DateOnly StatusDate(this IResolveFieldContext context, string argument = "on") =>
        context.GetArgument<DateOnly?>(argument) ?? RegistryClock.Today;
}
