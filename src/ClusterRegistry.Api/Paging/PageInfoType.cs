using GraphQL.Types;

namespace ClusterRegistry.Api.Paging;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(p => p.HasNextPage).Description("Whether more items follow this page.");
        Field(p => p.HasPreviousPage).Description("Whether items precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first item of this page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last item of this page.");
    }
}
