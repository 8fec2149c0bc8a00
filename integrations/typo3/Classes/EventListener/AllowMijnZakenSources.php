<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\EventListener;

use MijnZaken\Typo3\Element\SiteConfiguration;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Directive;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Event\PolicyMutatedEvent;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\UriValue;
use TYPO3\CMS\Core\Site\Entity\Site;

/**
 * TYPO3's frontend policy allows 'self' only. A gateway on another origin needs `connect-src`, a script
 * from a CDN needs `script-src`: both come from the same site settings the element is rendered with,
 * so the integrator never writes a csp.yaml for them. Same-origin setups add nothing.
 */
final class AllowMijnZakenSources
{
    public function __invoke(PolicyMutatedEvent $event): void
    {
        if (!$event->scope->isFrontendSite()) {
            return;
        }
        $site = $event->request?->getAttribute('site');
        if (!$site instanceof Site) {
            return;
        }
        $settings = $site->getSettings();
        $configuration = SiteConfiguration::fromSettings(
            $settings->get('mijnZaken.gateway'),
            $settings->get('mijnZaken.scriptUrl'),
        );
        $policy = $event->getCurrentPolicy();
        foreach ($configuration->connectSources() as $origin) {
            $policy = $policy->extend(Directive::ConnectSrc, new UriValue($origin));
        }
        foreach ($configuration->scriptSources() as $origin) {
            $policy = $policy->extend(Directive::ScriptSrc, new UriValue($origin));
        }
        $event->setCurrentPolicy($policy);
    }
}
