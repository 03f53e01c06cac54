using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;

namespace ClusterRegistry.Api.Data.Failures;

/// <summary>SQL Server's error numbers as registry failures.</summary>
internal static partial class SqlServerFailures
{
    public static DatabaseFailure? Classify(SqlException e) => e.Number switch
    {
        // 2601: duplicate key row in a unique index; 2627: violation of a UNIQUE KEY or PRIMARY KEY constraint.
        2601 or 2627 => new DatabaseFailure.UniqueViolation(IndexName().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : null),
        // 191: nested too deeply; 8623/8632: query processor or expression services limit; 2100: too many parameters.
        191 or 8623 or 8632 or 2100 => DatabaseFailure.StatementTooLargeFailure,
        // 1205: chosen as the deadlock victim.
        1205 => DatabaseFailure.ContentionFailure,
        // -2 timeout; 53/10053/10054/10060 network; 233 no process at the other end; 4060 database not available;
        // 40197/40501/40613: Azure SQL reconfiguring, busy, or unavailable.
        -2 or 53 or 233 or 4060 or 10053 or 10054 or 10060 or 40197 or 40501 or 40613 => DatabaseFailure.UnavailableFailure,
        _ => null,
    };

    // "... with unique index 'IX_Batches_Level_Year_ProvinceCode'." or "Violation of UNIQUE KEY constraint 'UQ_x'."
    [GeneratedRegex(@"(?:unique index|constraint) '([^']+)'")]
    private static partial Regex IndexName();
}
