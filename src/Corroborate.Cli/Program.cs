using System.CommandLine;
using System.Text;
using Corroborate.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CorroborateCli.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
