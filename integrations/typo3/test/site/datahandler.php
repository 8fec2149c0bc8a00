<?php

declare(strict_types=1);

/**
 * Writes records through TYPO3's own DataHandler, as the backend does (permissions, defaults, history):
 * `php datahandler.php <site dir> '<json data map>'` prints {"table:NEWid": uid, …}.
 * Used by run.mjs for the page tree, where the backend UI would only be slower; the content
 * elements themselves are made in the backend UI.
 */

use TYPO3\CMS\Core\Authentication\CommandLineUserAuthentication;
use TYPO3\CMS\Core\Core\Bootstrap;
use TYPO3\CMS\Core\Core\SystemEnvironmentBuilder;
use TYPO3\CMS\Core\DataHandling\DataHandler;
use TYPO3\CMS\Core\Localization\LanguageServiceFactory;
use TYPO3\CMS\Core\Utility\GeneralUtility;

[, $siteDirectory, $json] = $argv + [null, null, null];
if (!is_string($siteDirectory) || !is_string($json)) {
    fwrite(STDERR, "usage: php datahandler.php <site dir> '<json data map>'\n");
    exit(2);
}
chdir($siteDirectory);
putenv('TYPO3_PATH_ROOT=' . $siteDirectory . '/public');
putenv('TYPO3_PATH_APP=' . $siteDirectory);
$classLoader = require $siteDirectory . '/vendor/autoload.php';
SystemEnvironmentBuilder::run(0, SystemEnvironmentBuilder::REQUESTTYPE_CLI);
Bootstrap::init($classLoader);
Bootstrap::initializeBackendUser(CommandLineUserAuthentication::class);
$GLOBALS['BE_USER']->authenticate();
$GLOBALS['LANG'] = GeneralUtility::makeInstance(LanguageServiceFactory::class)->createFromUserPreferences($GLOBALS['BE_USER']);

$dataMap = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
$dataHandler = GeneralUtility::makeInstance(DataHandler::class);
$dataHandler->start($dataMap, []);
$dataHandler->process_datamap();
if ($dataHandler->errorLog !== []) {
    fwrite(STDERR, implode("\n", $dataHandler->errorLog) . "\n");
    exit(1);
}
$ids = [];
foreach ($dataMap as $table => $records) {
    foreach (array_keys($records) as $id) {
        $ids[$table . ':' . $id] = (int)($dataHandler->substNEWwithIDs[$id] ?? $id);
    }
}
echo json_encode($ids), "\n";
