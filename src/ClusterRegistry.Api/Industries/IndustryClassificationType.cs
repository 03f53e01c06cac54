using ClusterRegistry.Api.Loading;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Clusters;
using ClusterRegistry.Industries;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Api.Industries;

/// <summary>A cluster's GB/T 4754-2017 classification, with who made it: products must show a derived one as derived.</summary>
public sealed class IndustryClassificationType : ObjectGraphType<Cluster>
{
    public IndustryClassificationType()
    {
        Name = "IndustryClassification";
        Description = "The GB/T 4754-2017 division of a cluster's lead industry and who classified it. MIIT publishes no industry codes: a DERIVED classification was made by the registry's curators from the lead-industry name and must be shown as derived.";
        Field<NonNullGraphType<IndustryType>>("division").Description("The division (大类).")
            .Resolve(c => c.Service<IndustryLoaders>().Industry(c.Source.IndustryCode!));
        Field<IndustryType>("section").Description("The section (门类) of the division.")
            .Resolve(c =>
            {
                var loaders = c.Service<IndustryLoaders>();
                return loaders.Industry(c.Source.IndustryCode!).Then(d => d?.ParentCode is { } section ? loaders.Industry(section) : null);
            });
        Field<NonNullGraphType<ClassificationSourceType>>("source").Description("Who classified it.").Resolve(c => c.Source.IndustrySource);
        Field<ClassificationConfidenceType>("confidence").Description("How sure a derived classification is; null for an official one.")
            .Resolve(c => c.Source.IndustryConfidence);
        Field<StringGraphType>("basis").Description("Why a derived classification chose the division: the four-digit class, or the other candidates.")
            .Resolve(c => c.Source.IndustryBasis);
    }
}

public sealed class ClassificationSourceType() : DescribedEnumType<ClassificationSource>(
    "Who classified a cluster's lead industry.",
    new Dictionary<ClassificationSource, string>
    {
        [ClassificationSource.Derived] = "Derived by the registry's curators from the lead-industry name; not published by MIIT.",
        [ClassificationSource.Official] = "Given by a registry official; replaces a derived classification.",
    });

public sealed class ClassificationConfidenceType() : DescribedEnumType<ClassificationConfidence>(
    "How sure a derived classification is.",
    new Dictionary<ClassificationConfidence, string>
    {
        [ClassificationConfidence.High] = "The product is named in a GB/T 4754 class under the division.",
        [ClassificationConfidence.Medium] = "Clear from the industry's usual products, but the class is not named or part of the products falls elsewhere.",
        [ClassificationConfidence.Low] = "The name is ambiguous or spans several divisions: a best guess.",
    });
