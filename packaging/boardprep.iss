; Inno Setup 6 script: a per-user Windows installer around the one-folder app.
; Build on Windows after PyInstaller (see packaging/README.md):
;   ISCC.exe /DMyAppVersion=0.1.0 packaging\boardprep.iss      -> dist\boardprep-0.1.0-setup.exe
#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B0F3E-6A0B-4E0F-9B7C-4D2B0A9E5F11}
AppName=boardprep
AppVersion={#MyAppVersion}
AppPublisher=boardprep contributors
DefaultDirName={localappdata}\Programs\boardprep
DefaultGroupName=boardprep
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=boardprep-{#MyAppVersion}-setup
SetupIconFile=icons\boardprep.ico
UninstallDisplayIcon={app}\boardprep.exe
LicenseFile=..\LICENSE
ChangesEnvironment=yes
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\dist\boardprep\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\boardprep"; Filename: "{app}\boardprep.exe"
Name: "{group}\Uninstall boardprep"; Filename: "{uninstallexe}"

[Registry]
; "Open with ▸ boardprep" for PDFs, without taking over the default PDF viewer.
Root: HKCU; Subkey: "Software\Classes\boardprep.pdf"; ValueType: string; ValueData: "PDF agenda pack"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\boardprep.pdf\DefaultIcon"; ValueType: string; ValueData: "{app}\boardprep.exe,0"
Root: HKCU; Subkey: "Software\Classes\boardprep.pdf\shell\open\command"; ValueType: string; ValueData: """{app}\boardprep.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: none; ValueName: "boardprep.pdf"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Applications\boardprep.exe\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""; Flags: uninsdeletekey
; The command line: boardprep-cli.exe on the user's PATH.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\boardprep.exe"; Description: "Start boardprep"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
