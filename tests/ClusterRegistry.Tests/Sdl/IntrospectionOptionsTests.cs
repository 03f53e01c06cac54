using System.Net;
using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Limits;
using GraphQLParser;
using GraphQLParser.AST;

namespace ClusterRegistry.Tests.Sdl;

/// <summary>
/// The introspection query graphql-js <c>getIntrospectionQuery</c> builds with each of its options (as schema tools,
/// code generators and registries send it) validates, and the schema it describes is the committed SDL.
/// </summary>
public sealed class IntrospectionOptionsTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    public enum Option { None, SpecifiedByUrl, DirectiveIsRepeatable, InputValueDeprecation, All }

    private static string Query(Option option)
    {
        var text = IntrospectionQuery.Text;
        if (option is Option.SpecifiedByUrl or Option.All)
            text = text.Replace("  kind\n  name\n  description\n  fields(", "  kind\n  name\n  description\n  specifiedByURL\n  fields(");
        if (option is Option.DirectiveIsRepeatable or Option.All)
            text = text.Replace("      description\n      locations\n", "      description\n      isRepeatable\n      locations\n");
        if (option is Option.InputValueDeprecation or Option.All)
            text = text.Replace("args {", "args(includeDeprecated: true) {")
                .Replace("inputFields {", "inputFields(includeDeprecated: true) {")
                .Replace("  defaultValue\n}", "  defaultValue\n  isDeprecated\n  deprecationReason\n}");
        Assert.True(option == Option.None || text != IntrospectionQuery.Text, $"{option} changed nothing in the query");
        return text;
    }

    [Theory]
    [InlineData(Option.None)]
    [InlineData(Option.SpecifiedByUrl)]
    [InlineData(Option.DirectiveIsRepeatable)]
    [InlineData(Option.InputValueDeprecation)]
    [InlineData(Option.All)]
    public async Task The_introspection_query_with_each_option_validates(Option option)
    {
        var (response, body) = await factory.CreateClient().PostGraphQLAsync(Query(option));

        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, $"{option}: {(int)response.StatusCode} {body.ToJsonString()[..Math.Min(500, body.ToJsonString().Length)]}");
        var schema = body["data"]!["__schema"]!;
        if (option is Option.DirectiveIsRepeatable or Option.All)
            Assert.All(schema["directives"]!.AsArray(), d => Assert.NotNull(d!["isRepeatable"]));
        if (option is Option.SpecifiedByUrl or Option.All)
            Assert.Contains(schema["types"]!.AsArray(), t => t!["kind"]!.GetValue<string>() == "SCALAR" && t.AsObject().ContainsKey("specifiedByURL"));
    }

    [Fact]
    public async Task The_schema_built_from_the_full_introspection_is_the_committed_sdl()
    {
        var data = await factory.CreateClient().QueryDataAsync(Query(Option.All));
        var committed = Parser.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql")));

        var fromIntrospection = FromIntrospection(data["__schema"]!);
        var fromSdl = FromSdl(committed);

        Assert.Empty(fromSdl.Except(fromIntrospection));
        Assert.Empty(fromIntrospection.Except(fromSdl));
    }

    private static readonly HashSet<string> BuiltIn = ["String", "Int", "Float", "Boolean", "ID"];

    // One line per type, field, argument, input field, enum value, interface and union member, with type references.
    private static SortedSet<string> FromIntrospection(JsonNode schema)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in schema["types"]!.AsArray())
        {
            var name = type!["name"]!.GetValue<string>();
            if (name.StartsWith("__", StringComparison.Ordinal) || BuiltIn.Contains(name)) continue;
            lines.Add($"{type["kind"]!.GetValue<string>()} {name}: {type["description"]?.GetValue<string>()}");
            foreach (var field in type["fields"]?.AsArray() ?? [])
            {
                lines.Add($"{name}.{field!["name"]}: {Ref(field["type"]!)} {field["description"]?.GetValue<string>()}");
                foreach (var argument in field["args"]!.AsArray())
                    lines.Add($"{name}.{field["name"]}({argument!["name"]}: {Ref(argument["type"]!)}) {argument["description"]?.GetValue<string>()}");
            }
            foreach (var field in type["inputFields"]?.AsArray() ?? [])
                lines.Add($"{name}.{field!["name"]}: {Ref(field["type"]!)} {field["description"]?.GetValue<string>()}");
            foreach (var value in type["enumValues"]?.AsArray() ?? [])
                lines.Add($"{name}.{value!["name"]} {value["description"]?.GetValue<string>()}");
            foreach (var implemented in type["interfaces"]?.AsArray() ?? [])
                lines.Add($"{name} implements {implemented!["name"]}");
            foreach (var member in type["possibleTypes"]?.AsArray() ?? [])
                if (type["kind"]!.GetValue<string>() == "UNION") lines.Add($"{name} | {member!["name"]}");
        }
        return lines;
    }

    private static string Ref(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => Ref(type["ofType"]!) + "!",
        "LIST" => $"[{Ref(type["ofType"]!)}]",
        _ => type["name"]!.GetValue<string>(),
    };

    private static SortedSet<string> FromSdl(GraphQLDocument document)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var name = definition.Name.StringValue;
            var description = definition.Description?.Value.ToString();
            switch (definition)
            {
                case GraphQLObjectTypeDefinition type:
                    lines.Add($"OBJECT {name}: {description}");
                    Fields(name, type.Fields);
                    foreach (var implemented in type.Interfaces?.Items ?? []) lines.Add($"{name} implements {implemented.Name.StringValue}");
                    break;
                case GraphQLInterfaceTypeDefinition type:
                    lines.Add($"INTERFACE {name}: {description}");
                    Fields(name, type.Fields);
                    foreach (var implemented in type.Interfaces?.Items ?? []) lines.Add($"{name} implements {implemented.Name.StringValue}");
                    break;
                case GraphQLInputObjectTypeDefinition type:
                    lines.Add($"INPUT_OBJECT {name}: {description}");
                    foreach (var field in type.Fields?.Items ?? [])
                        lines.Add($"{name}.{field.Name.StringValue}: {Ref(field.Type)} {field.Description?.Value.ToString()}");
                    break;
                case GraphQLEnumTypeDefinition type:
                    lines.Add($"ENUM {name}: {description}");
                    foreach (var value in type.Values?.Items ?? [])
                        lines.Add($"{name}.{value.Name.StringValue} {value.Description?.Value.ToString()}");
                    break;
                case GraphQLUnionTypeDefinition type:
                    lines.Add($"UNION {name}: {description}");
                    foreach (var member in type.Types?.Items ?? []) lines.Add($"{name} | {member.Name.StringValue}");
                    break;
                case GraphQLScalarTypeDefinition:
                    if (!BuiltIn.Contains(name)) lines.Add($"SCALAR {name}: {description}");
                    break;
            }
        }
        return lines;

        void Fields(string owner, GraphQLFieldsDefinition? fields)
        {
            foreach (var field in fields?.Items ?? [])
            {
                lines.Add($"{owner}.{field.Name.StringValue}: {Ref(field.Type)} {field.Description?.Value.ToString()}");
                foreach (var argument in field.Arguments?.Items ?? [])
                    lines.Add($"{owner}.{field.Name.StringValue}({argument.Name.StringValue}: {Ref(argument.Type)}) {argument.Description?.Value.ToString()}");
            }
        }
    }

    private static string Ref(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Ref(nonNull.Type) + "!",
        GraphQLListType list => $"[{Ref(list.Type)}]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException(type.Kind.ToString()),
    };
}
