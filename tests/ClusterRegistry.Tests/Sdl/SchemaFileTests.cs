using ClusterRegistry.Api.Schema;
using ClusterRegistry.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Sdl;

public sealed class SchemaFileTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID", "Decimal"];

    private ISchema LiveSchema()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    [Fact]
    public void The_committed_sdl_equals_the_live_schema()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql")).ReplaceLineEndings("\n");
        Assert.True(committed == SchemaSdl.Print(LiveSchema()),
            "schema/schema.graphql differs from the live schema. Refresh it: dotnet run --project src/ClusterRegistry.Api -- schema export");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_is_described()
    {
        var missing = new List<string>();
        foreach (var type in LiveSchema().AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }
        Assert.Empty(missing);
    }
}
