using System.Linq.Expressions;

namespace ClusterRegistry.Api.Paging;

/// <summary>One column of a sort order: how to read it in a query and from a loaded row.</summary>
public sealed class SortKey<T>
{
    private SortKey(string name, LambdaExpression selector, Func<T, object?> read, bool descending)
    {
        Name = name;
        Selector = selector;
        Read = read;
        Descending = descending;
    }

    public string Name { get; }
    public LambdaExpression Selector { get; }
    public Type ValueType => Selector.ReturnType;
    public Func<T, object?> Read { get; }
    public bool Descending { get; }

    public static SortKey<T> Of<TValue>(string name, Expression<Func<T, TValue>> selector)
    {
        var compiled = selector.Compile();
        return new SortKey<T>(name, selector, row => compiled(row), false);
    }

    public SortKey<T> Reversed() => new(Name, Selector, Read, !Descending);
}
