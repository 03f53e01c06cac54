namespace ClusterRegistry.Industries;

/// <summary>A section (A–T) or division (two digits) of GB/T 4754-2017.</summary>
public sealed class Industry
{
    private Industry() { }

    public Industry(string code, IndustryLevel level, string? parentCode, string nameZh, string nameEn)
    {
        Code = code;
        Level = level;
        ParentCode = parentCode;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    public string Code { get; private set; } = "";
    public IndustryLevel Level { get; private set; }
    public string? ParentCode { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
}

public enum IndustryLevel
{
    Section = 1,
    Division = 2,
}
