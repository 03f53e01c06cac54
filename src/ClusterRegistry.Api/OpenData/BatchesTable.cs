using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.OpenData;

public static class BatchesTable
{
    public static IOpenDataTable Create() => new OpenDataTable<IdentificationBatch>(
        "batches", "Identification batches", "One row per batch (national by MIIT, provincial by a province) with its documents and validity.",
        [
            OpenDataColumn<IdentificationBatch>.Text("id", "ID", "The batch's global id.", b => GlobalId.Encode(IdentificationBatchType.TypeName, b.Id)),
            OpenDataColumn<IdentificationBatch>.Text("level", "Level", "NATIONAL or PROVINCIAL.", b => b.Level.ToString().ToConstantCase()),
            OpenDataColumn<IdentificationBatch>.Integer("year", "Year", "The batch's year.", b => b.Year, unit: "year"),
            OpenDataColumn<IdentificationBatch>.Text("province_code", "Province code", "For a provincial batch: its province.", b => b.ProvinceCode),
            OpenDataColumn<IdentificationBatch>.Text("issuing_authority", "Issuing authority", "The authority that identified the batch.", b => b.IssuingAuthority),
            OpenDataColumn<IdentificationBatch>.Text("notice_document", "Notice", "The recommendation notice's document number.", b => b.NoticeDocument),
            OpenDataColumn<IdentificationBatch>.Date("notice_date", "Notice date", "Date of the recommendation notice.", b => b.NoticeDate),
            OpenDataColumn<IdentificationBatch>.Text("announcement_document", "Announcement", "The final announcement's document number.", b => b.AnnouncementDocument),
            OpenDataColumn<IdentificationBatch>.Date("announcement_date", "Announcement date", "Date of the final announcement.", b => b.AnnouncementDate),
            OpenDataColumn<IdentificationBatch>.Date("valid_from", "Valid from", "First day of the batch's validity.", b => b.ValidFrom),
            OpenDataColumn<IdentificationBatch>.Date("valid_until", "Valid until", "Last day of the batch's validity.", b => b.ValidUntil),
            OpenDataColumn<IdentificationBatch>.Text("validity_note", "Validity note", "How the validity dates were derived.", b => b.ValidityNote),
            OpenDataColumn<IdentificationBatch>.Text("review_summary", "Review summary", "What is known of the batch's review as a whole.", b => b.ReviewSummary),
            OpenDataColumn<IdentificationBatch>.Text("source_note", "Source", "How the batch's facts were read.", b => b.Provenance.Note),
        ],
        async (db, after, take, _, ct) =>
            (await db.Batches.AsNoTracking().Where(b => b.Id > after).OrderBy(b => b.Id).Take(take).ToListAsync(ct))
            .Select(b => (b.Id, b)).ToList());
}
