; Inno Setup 6 script: the Windows installer for Deal Worksheet.
;
; Build the application folder first (packaging/build.py runs PyInstaller,
; then this script when ISCC.exe is found). By hand, from the project folder:
;
;   iscc /DAppVersion=X.Y.Z packaging\windows\deal-worksheet.iss
;
; AppVersion must be the version in pyproject.toml; build.py passes it.
; SourceDir (the PyInstaller folder) and OutputDir default to dist\ below the
; project folder.
;
; Needs Inno Setup 6.3 or newer. The installer installs for the current user
; by default (no administrator rights needed) and offers all users; it adds a
; Start menu entry, an optional desktop icon, "Open with" for .deal.json
; files, and an uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (from pyproject.toml)
#endif
#ifndef FileVersion
  ; Four numbers for the file's version resource; build.py passes them.
  #define FileVersion AppVersion
#endif
#ifndef RootDir
  #define RootDir AddBackslash(SourcePath) + "..\.."
#endif
#ifndef SourceDir
  #define SourceDir RootDir + "\dist\deal-worksheet"
#endif
#ifndef OutputDir
  #define OutputDir RootDir + "\dist"
#endif

#define AppName "Deal Worksheet"
#define AppExe "deal-worksheet.exe"
#define AppPublisher "Deal Worksheet contributors"

#if !FileExists(SourceDir + "\" + AppExe)
  #error The application folder is missing: run packaging\build.py first
#endif

[Setup]
; AppId identifies the application across versions: never change it.
AppId={{8E0F3C52-6B7A-4C1E-9D2B-3A5F7E1C9B40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#FileVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=deal-worksheet-{#AppVersion}-setup
SetupIconFile={#RootDir}\resources\icons\deal-worksheet.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: both executables and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale: files an older version
; shipped and this one does not must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with" for deal files (.deal.json is JSON to Windows): a ProgID of our
; own listed among the .json extension's OpenWithProgids; the default program
; for .json is left as it is.
Root: HKA; Subkey: "Software\Classes\DealWorksheet.Deal"; ValueType: string; ValueName: ""; ValueData: "{#AppName} deal"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DealWorksheet.Deal\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\DealWorksheet.Deal\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "DealWorksheet.Deal"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
