; Inno Setup 6 script: a per-user installer (no admin rights) for the PyInstaller folder.
; The version comes from vault_app/__init__.py, never from this file: the workflow and the
; README call   iscc /DAppVersion=<version> /DDistDir=<dist folder> /DIconFile=<.ico> vault-app.iss
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (python -c "import vault_app; print(vault_app.__version__)")
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\vault-app"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\vault-app.ico"
#endif
#define AppName "Therapy Vault"

[Setup]
AppId={{6F3C9E52-5E1B-4D7A-9C1E-3A9B7F0D2C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Therapy Vault developers
DefaultDirName={localappdata}\Programs\vault-app
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=vault-app-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\vault-app.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Uninstalling removes the program only: the vault, its keyring item and the settings stay
; (docs/install.md says how to remove each).

[Files]
; vault-app.exe (windowed, the desktop app) and vault-app-cli.exe (console, for scripting)
; share one _internal folder.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\vault-app.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\vault-app.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "Create a desktop shortcut"; Flags: unchecked
