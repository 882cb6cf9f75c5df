; Inno Setup script for vault-app (per-user install, no admin rights).
#define AppVersion "0.1.0"
[Setup]
AppId={{6F3C9E52-5E1B-4D7A-9C1E-3A9B7F0D2C11}
AppName=Vault
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\vault-app
DefaultGroupName=Vault
PrivilegesRequired=lowest
OutputBaseFilename=vault-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\vault-app\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Vault"; Filename: "{app}\vault-app.exe"
Name: "{userdesktop}\Vault"; Filename: "{app}\vault-app.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "Create a desktop shortcut"; Flags: unchecked
