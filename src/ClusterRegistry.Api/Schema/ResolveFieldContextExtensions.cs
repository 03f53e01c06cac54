using GraphQL;

namespace ClusterRegistry.Api.Schema;

internal static class ResolveFieldContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == fieldName) == true;

    /// <summary>The date statuses are evaluated on: the <c>on</c> argument, or today in China.</summary>
    public static DateOnly StatusDate(this IResolveFieldContext context, string argument = "on") =>
        context.GetArgument<DateOnly?>(argument) ?? RegistryClock.Today;
}
