@echo off
rem Runs bulletin-extractor from an unzipped distribution, from any folder, with the JVM settings
rem measured in docs/performance.md. More JVM options: set BULLETIN_EXTRACTOR_OPTS=-Xmx1g
rem Needs Java 17 or later: JAVA_HOME if set, else java on the PATH.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx192m %BULLETIN_EXTRACTOR_OPTS% -jar "%~dp0..\lib\bulletin-extractor.jar" %*
exit /b %ERRORLEVEL%
