using System.CommandLine;

namespace NewsEvents.Cli;

/// <summary>
/// Keeps a mistyped option from being taken for a file name: a path argument that starts with a
/// dash (other than "-" alone) is reported as an unknown option. Name such a file ./-file.json.
/// </summary>
internal static class OptionLikeArguments
{
    /// <summary>The start of the error message, which the usage line puts first.</summary>
    public const string MessageStart = "Unrecognized option";

    public static Argument<T> RejectOptions<T>(this Argument<T> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"{MessageStart} '{token.Value}' (a file whose name starts with a dash is written ./{token.Value}).");
                }
            }
        });
        return argument;
    }
}
