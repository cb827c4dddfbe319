using System.Text;
using NewsEvents.Cli;

try
{
    // Names and quotes are often non-ASCII; the JSON output must be UTF-8 wherever it goes.
    Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
catch (IOException)
{
    // No console to configure (output redirected on some platforms): the default encoding stays.
}

return NewsEventsCli.Run(args, Console.Out, Console.Error);
