using System.Globalization;

namespace ClusterRegistry.Api.Auth;

/// <summary>
/// <c>token --role Registry.Province --province 44 [--name "..."] [--subject ...] [--hours 8]</c>:
/// prints a token signed with the development key, for calling a local API without Entra ID.
/// </summary>
public static class DevelopmentTokenCommand
{
    public const string Verb = "token";
    private const string Usage =
        "usage: token [--role Registry.Ministry|Registry.Province] [--province NN] [--name NAME] [--subject ID] [--hours N]\n" +
        "  Without --role the token is a signed-in user with no registry role. --province is required for Registry.Province.";

    /// <summary>Runs the command when <paramref name="args"/> ask for it; true means the program should exit now.</summary>
    public static bool TryRun(string[] args, WebApplicationBuilder builder)
    {
        if (args.FirstOrDefault() != Verb) return false;
        Environment.ExitCode = Run(args[1..], builder.Configuration, builder.Environment, Console.Out, Console.Error);
        return true;
    }

    /// <summary>Prints the token alone on <paramref name="output"/>; returns the process exit code.</summary>
    public static int Run(string[] args, IConfiguration configuration, IHostEnvironment environment, TextWriter output, TextWriter error)
    {
        try
        {
            var token = Parse(args);
            var signing = DevelopmentSigningOptions.Read(configuration, environment)
                ?? throw new InvalidOperationException(
                    $"Development signing is not enabled in the {environment.EnvironmentName} environment " +
                    $"({DevelopmentSigningOptions.Section}:Enabled); tokens come from Entra ID there.");
            output.WriteLine(token.Sign(signing, DateTime.UtcNow));
            return 0;
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static DevelopmentToken Parse(string[] args)
    {
        string? role = null, province = null, name = null, subject = null;
        var hours = 8.0;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--role": role = value; break;
                case "--province": province = value; break;
                case "--name": name = value; break;
                case "--subject": subject = value; break;
                case "--hours":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out hours) || hours <= 0)
                        throw new ArgumentException($"--hours must be a positive number, not '{value}'.");
                    break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (role is not null && !RegistryRoles.All.Contains(role))
            throw new ArgumentException($"--role must be one of {string.Join(", ", RegistryRoles.All)}, not '{role}'.");
        if (role == RegistryRoles.Province && !Official.IsProvinceCode(province))
            throw new ArgumentException("Registry.Province needs --province with a 2-digit province code, e.g. 44.");
        if (role != RegistryRoles.Province && province is not null)
            throw new ArgumentException("--province applies only to --role Registry.Province.");

        return new DevelopmentToken(role, province,
            name ?? "Development official",
            subject ?? Guid.NewGuid().ToString(),
            TimeSpan.FromHours(hours));
    }
}
