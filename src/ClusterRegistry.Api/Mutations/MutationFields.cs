using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Api.Mutations;

public static class MutationFields
{
    /// <summary>A mutation in HotChocolate's conventions: one <c>input</c> argument, a payload, officials only.</summary>
    public static void AddMutation<TInputType, TInput, TPayloadType, TResult>(this ObjectGraphType mutation, string name, string description,
        Func<MutationScope, TInput, Task<TResult>> change)
        where TInputType : IInputObjectGraphType
        where TPayloadType : IGraphType
        where TResult : class =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "The change to make.")
            .AuthorizeWithPolicy(RegistryPolicies.Official)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TInput>("input");
                return await context.Service<MutationRunner>().RunAsync(context, scope => change(scope, input));
            });
}
