<?php

/**
 * @file
 * Autoloading for the unit tests: the tool packages (PHPUnit, twig/twig, symfony/yaml) from
 * MZ_DRUPAL_TOOLS (installed by test/run.mjs) and the module's own namespace.
 */

declare(strict_types=1);

$tools = getenv('MZ_DRUPAL_TOOLS') ?: '';
if ($tools === '' || !is_file($tools . '/vendor/autoload.php')) {
  fwrite(STDERR, "MZ_DRUPAL_TOOLS must point at the tools directory made by test/run.mjs\n");
  exit(1);
}
$loader = require $tools . '/vendor/autoload.php';
$loader->addPsr4('Drupal\\mijn_zaken\\', dirname(__DIR__) . '/src');
$loader->addPsr4('Drupal\\Tests\\mijn_zaken\\', dirname(__DIR__) . '/tests/src');
