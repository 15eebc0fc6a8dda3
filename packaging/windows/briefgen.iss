; Inno Setup script for briefgen on Windows: an installer with Start-menu
; entries and an uninstaller, ready to be signed.
;
; NOT RUN BY THE PROJECT'S OWN CI (a Linux machine): a maintainer runs it on
; Windows, or .github/workflows/packaging.yml does on a hosted runner, after
; `python packaging\build.py` has made dist\briefgen\ (the bundle, with
; briefgen.exe, the windowed app, and briefgen-cli.exe, the console program):
;
;   iscc /DAppVersion=0.2.0 packaging\windows\briefgen.iss
;
; The version comes from briefgen\_version.py (the workflow passes it). To
; sign, configure a sign tool named "signtool" in the Inno Setup IDE or with
; iscc's /S option, e.g.
;   iscc /Ssigntool="signtool sign /fd SHA256 /tr http://timestamp.example /td SHA256 $f" ...
; and uncomment SignTool below: the installer and uninstaller are then signed.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\briefgen.iss
#endif

[Setup]
AppId={{6C1B7E0A-3F0E-4B8E-9F3C-2B1D8E5A9C41}
AppName=briefgen
AppVersion={#AppVersion}
AppVerName=briefgen {#AppVersion}
AppPublisher=briefgen maintainers
VersionInfoVersion={#AppVersion}
VersionInfoDescription=briefgen installer
DefaultDirName={autopf}\briefgen
DefaultGroupName=briefgen
DisableProgramGroupPage=yes
; A per-user install needs no administrator; an administrator may install for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=briefgen-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\briefgen.ico
UninstallDisplayIcon={app}\briefgen.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\briefgen\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\briefgen"; Filename: "{app}\briefgen.exe"
Name: "{group}\briefgen self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\briefgen-cli.exe"" self-test"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,briefgen}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\briefgen"; Filename: "{app}\briefgen.exe"; Tasks: desktopicon

[Registry]
; Saved briefs (.brief) open in briefgen.
Root: HKA; Subkey: "Software\Classes\.brief"; ValueType: string; ValueName: ""; ValueData: "briefgen.Brief"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\briefgen.Brief"; ValueType: string; ValueName: ""; ValueData: "briefgen brief"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\briefgen.Brief\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\briefgen.exe,0"
Root: HKA; Subkey: "Software\Classes\briefgen.Brief\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\briefgen.exe"" gui ""%1"""

[Run]
Filename: "{app}\briefgen.exe"; Description: "{cm:LaunchProgram,briefgen}"; Flags: nowait postinstall skipifsilent
