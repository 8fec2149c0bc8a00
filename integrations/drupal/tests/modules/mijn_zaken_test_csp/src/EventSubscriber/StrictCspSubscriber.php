<?php

declare(strict_types=1);

namespace Drupal\mijn_zaken_test_csp\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Adds the strict policy of a DigiD portal: nothing inline, nothing from elsewhere.
 */
final class StrictCspSubscriber implements EventSubscriberInterface {

  public const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  public static function getSubscribedEvents(): array {
    return [KernelEvents::RESPONSE => ['onResponse', -1000]];
  }

  public function onResponse(ResponseEvent $event): void {
    $event->getResponse()->headers->set('Content-Security-Policy', self::POLICY);
  }

}
