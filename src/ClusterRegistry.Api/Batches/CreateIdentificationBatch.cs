using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Batches;
using ClusterRegistry.Regions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Batches;

public sealed class CreateIdentificationBatchInput
{
    public DesignationLevel Level { get; set; }
    public int Year { get; set; }
    public string? ProvinceCode { get; set; }
    public string IssuingAuthority { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public string? NoticeDocument { get; set; }
    public DateOnly? NoticeDate { get; set; }
    public string? AnnouncementDocument { get; set; }
    public DateOnly? AnnouncementDate { get; set; }
    public string? ValidityNote { get; set; }
    public string? SourceUrl { get; set; }
    public string? SourceNote { get; set; }
}

public sealed class CreateIdentificationBatchInputType : InputObjectGraphType<CreateIdentificationBatchInput>
{
    public CreateIdentificationBatchInputType()
    {
        Name = "CreateIdentificationBatchInput";
        Description = "A new identification batch. NATIONAL batches are MIIT's; PROVINCIAL ones belong to a province.";
        Field(i => i.Level).Description("NATIONAL (MIIT officials only) or PROVINCIAL.");
        Field(i => i.Year).Description("The batch year (年度).");
        Field(i => i.ProvinceCode, nullable: true).Description("The 2-digit province of a PROVINCIAL batch; empty for NATIONAL.");
        Field(i => i.IssuingAuthority).Description("The identifying authority, e.g. 工业和信息化部.");
        Field(i => i.ValidFrom).Description("The first day of validity of its designations.");
        Field(i => i.ValidUntil).Description("The last day of validity of its designations (at most three years on).");
        Field(i => i.NoticeDocument, nullable: true).Description("The call for recommendations, e.g. 工信厅企业函〔2026〕1号.");
        Field(i => i.NoticeDate, nullable: true).Description("The date of the call.");
        Field(i => i.AnnouncementDocument, nullable: true).Description("The announcement of the list.");
        Field(i => i.AnnouncementDate, nullable: true).Description("The date of the announcement.");
        Field(i => i.ValidityNote, nullable: true).Description("How the validity dates were set or read.");
        Field(i => i.SourceUrl, nullable: true).Description("The public page the batch was read on.");
        Field(i => i.SourceNote, nullable: true).Description("A note on the source.");
    }
}

public sealed class CreateIdentificationBatchPayloadType()
    : PayloadType<IdentificationBatchType, IdentificationBatch, CreateIdentificationBatchErrorType>("CreateIdentificationBatch", "batch", "The new batch.");

public sealed class CreateIdentificationBatchErrorType() : MutationErrorUnion("CreateIdentificationBatch");

public static class BatchMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.AddMutation<CreateIdentificationBatchInputType, CreateIdentificationBatchInput, CreateIdentificationBatchPayloadType, IdentificationBatch>(
            "createIdentificationBatch", "Records a new national (MIIT) or provincial identification batch.", CreateAsync);

    private static async Task<IdentificationBatch> CreateAsync(MutationScope scope, CreateIdentificationBatchInput input)
    {
        var province = string.IsNullOrEmpty(input.ProvinceCode) ? null : input.ProvinceCode;
        if (input.Level == DesignationLevel.National) scope.RequireMinistry("record national batches");
        else
        {
            if (province is null || !await scope.Db.Regions.AnyAsync(r => r.Code == province && r.Level == RegionLevel.Province))
                throw MutationRefused.InvalidInput("provinceCode", "A provincial batch names an existing 2-digit province code.");
            scope.RequireProvince(province);
        }
        if (await scope.Db.Batches.AnyAsync(b => b.Level == input.Level && b.Year == input.Year && b.ProvinceCode == province))
            throw new DomainException(DomainError.DuplicateBatch, $"A {input.Level} batch of {input.Year} is already recorded.");

        var batch = new IdentificationBatch(input.Level, input.Year, province,
                MutationInputs.Text(input.IssuingAuthority, "issuingAuthority", 200) ?? "",
                input.ValidFrom, input.ValidUntil, MutationInputs.Source(input.SourceUrl, input.SourceNote))
            .WithNotice(MutationInputs.Text(input.NoticeDocument, "noticeDocument", 100), input.NoticeDate)
            .WithAnnouncement(MutationInputs.Text(input.AnnouncementDocument, "announcementDocument", 100), input.AnnouncementDate)
            .WithNotes(MutationInputs.Text(input.ValidityNote, "validityNote", 1000), null);
        scope.Db.Batches.Add(batch);
        scope.Audit(IdentificationBatchType.TypeName, () => GlobalId.Encode(IdentificationBatchType.TypeName, batch.Id), null,
            $"Recorded the {input.Level.ToString().ToConstantCase()} batch of {input.Year}", null, () => AuditSnapshot.Of(batch));
        return batch;
    }
}
