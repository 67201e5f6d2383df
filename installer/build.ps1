# Builds the Windows installer of Annalist from the sources in one command (Linux: installer/build.sh):
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1            # target\installer\Annalist-VERSION.msi
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Type exe  # the same as an .exe
#
# Needs a JDK 17+ (jlink, jpackage) and the WiX Toolset 3 (candle.exe, light.exe on the PATH; jpackage of JDK 17
# uses WiX 3). The installer installs per user (no administrator rights), adds a Start-menu entry and a desktop
# shortcut, brings its own Java runtime (jlink, modules from installer\modules.txt: no JDK needed afterwards),
# the fonts, templates and demo archive, and opens archive backups (*.annalist-backup) with the program.
#
# Saved as UTF-8 with a byte-order mark: Windows PowerShell 5.1 reads a .ps1 without one in the ANSI code page, which
# garbles the Chinese messages and can even break the parse (some UTF-8 bytes read as curly quotes).
param([ValidateSet('msi', 'exe', 'app-image')] [string] $Type = 'msi', [switch] $SkipBuild)
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

$jdk = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path -Parent (Split-Path -Parent (Get-Command javac).Source) }
$jlink = Join-Path $jdk 'bin\jlink.exe'
$jpackage = Join-Path $jdk 'bin\jpackage.exe'
foreach ($tool in @($jlink, $jpackage)) { if (-not (Test-Path $tool)) { throw "找不到 $tool：需要 JDK 17 或更新版本" } }
if ($Type -ne 'app-image' -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
  throw '制作 Windows 安装包需要 WiX Toolset 3（candle.exe、light.exe 在 PATH 中）'
}

if (-not $SkipBuild) { & .\mvnw.cmd -B -q -DskipTests package; if ($LASTEXITCODE) { throw 'Maven 构建失败' } }
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path 'target\annalist.jar'))
try {
  $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
  $manifest = $reader.ReadToEnd() -replace "`r", '' -replace "`n ", ''
  $reader.Close()
} finally { $zip.Dispose() }
$fullVersion = ([regex]::Match($manifest, 'Implementation-Version: (\S+)')).Groups[1].Value
$version = $fullVersion.Split('-')[0]
$classPath = ([regex]::Match($manifest, 'Class-Path: ([^\n]+)')).Groups[1].Value.Trim().Split(' ')

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item 'target\annalist.jar' "$out\input\"
# exactly the libraries the jar's manifest names (target\lib may hold older versions left by earlier builds)
foreach ($lib in $classPath) { Copy-Item ("target\" + $lib.Replace('/', '\')) "$out\input\lib\" }
foreach ($dir in @('fonts', 'templates', 'archive')) { Copy-Item -Recurse $dir "$out\input\$dir" }

$modules = (Get-Content 'installer\modules.txt' | Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','
& $jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE) { throw 'jlink 失败' }

$common = @('--name', 'Annalist', '--app-version', $version, '--vendor', 'Annalist',
  '--description', '年鉴·文史编辑台 Annalist', '--copyright', 'Annalist contributors', '--dest', $out)
& $jpackage --type app-image @common --input "$out\input" --main-jar annalist.jar --main-class org.annalist.app.Main `
  --runtime-image "$out\runtime" `
  --java-options '-Dannalist.home=$APPDIR' `
  --java-options '-Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=30000' `
  --add-launcher annalist-cli=installer\cli.properties --icon installer\annalist.ico
if ($LASTEXITCODE) { throw 'jpackage（app-image）失败' }
if ($Type -eq 'app-image') { Write-Host "已生成：$out\Annalist"; exit 0 }

# per user: installs under %LOCALAPPDATA%\Annalist without administrator rights; the upgrade code stays the same
# across versions so a newer installer replaces an older one
& $jpackage --type $Type @common --app-image "$out\Annalist" `
  --win-per-user-install --win-menu --win-menu-group 'Annalist 年鉴·文史编辑台' --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid '6f1e5c0a-3b7d-4e52-9a41-2d9b8c7e5a10' `
  --file-associations installer\backup-association.properties --icon installer\annalist.ico
if ($LASTEXITCODE) { throw "jpackage（$Type）失败" }
Get-ChildItem "$out\*.$Type" | ForEach-Object { Write-Host "已生成：$($_.FullName)" }
